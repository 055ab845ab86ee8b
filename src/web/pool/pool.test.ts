import { describe, expect, it } from 'vitest';
import type { PoolRow } from '../data/load-pool.js';
import { filterPool, PoolQuerySchema, poolQueryString } from './filter-pool.js';
import { injuryBadge } from './injury-badge.js';
import { weatherChip } from './weather-chip.js';
import { leverageBasis, withLeverage } from './leverage.js';

const row = (over: Partial<PoolRow>): PoolRow => ({
  id: 1, sitePlayerId: '1', playerId: 1, name: 'A', positions: ['WR'], rosterPositions: ['WR', 'FLEX'], team: 'KC', opponent: 'BAL',
  gameId: 1, gameLabel: 'KC@BAL', startsAt: null, salary: 5000, projection: 10, sd: null, floor: null, ceiling: null, boom: null, bust: null, ownership: null,
  value: 2, optimal: null, leverage: null, siteStatus: null, injuryStatus: null, injuryNote: null, weather: null, impliedTotal: null, ...over,
});

describe('filterPool', () => {
  const rows = [
    row({ id: 1, name: 'Cheap', salary: 3000, projection: null }),
    row({ id: 2, name: 'Star', salary: 9000, projection: 25, positions: ['QB'], rosterPositions: ['QB'] }),
    row({ id: 3, name: 'Hurt', salary: 6000, projection: 12, siteStatus: 'O' }),
  ];
  it('when sorting by projection either way, then missing projections stay last', () => {
    expect(filterPool(rows, PoolQuerySchema.parse({ sort: 'projection', dir: 'desc' })).map((r) => r.id)).toEqual([2, 3, 1]);
    expect(filterPool(rows, PoolQuerySchema.parse({ sort: 'projection', dir: 'asc' })).map((r) => r.id)).toEqual([3, 2, 1]);
  });
  it('when filtering by roster slot and hiding players ruled out, then only eligible healthy rows stay', () => {
    expect(filterPool(rows, PoolQuerySchema.parse({ pos: 'FLEX', hideOut: '1' })).map((r) => r.id)).toEqual([1]);
  });
  it('when the query string has junk, then defaults apply instead of an error', () => {
    const query = PoolQuerySchema.parse({ sort: 'drop table', dir: 'sideways', minSalary: 'abc', set: '-1' });
    expect(query).toMatchObject({ sort: 'salary', dir: 'desc', minSalary: undefined, set: undefined });
  });
  it('when building a link, then blank values are dropped and changes win', () => {
    expect(poolQueryString(PoolQuerySchema.parse({ pos: 'QB', q: '' }), { sort: 'value', dir: 'asc' })).toBe('pos=QB&sort=value&dir=asc');
  });
});

describe('injuryBadge', () => {
  it('when the site has a status, then it wins over the feed', () => {
    expect(injuryBadge('Q', 'out')).toMatchObject({ label: 'Q', level: 'questionable', ruledOut: false });
  });
  it('when only the feed has one, then it is shown; IR rules the player out', () => {
    expect(injuryBadge(null, 'injured_reserve')).toMatchObject({ label: 'IR', ruledOut: true });
    expect(injuryBadge('None', 'active')).toBeNull();
  });
});

describe('weatherChip', () => {
  const base = { isIndoor: false, temperatureF: 70, windSpeedMph: 5, windGustMph: null, windRelative: null, precipProbability: 0, fetchedAt: new Date(0) };
  it('when indoors, then the chip says Dome', () => {
    expect(weatherChip({ ...base, isIndoor: true })?.label).toBe('Dome');
  });
  it('when wind is strong or rain likely, then the level rises', () => {
    expect(weatherChip(base)?.level).toBe('calm');
    expect(weatherChip({ ...base, windSpeedMph: 16 })?.level).toBe('watch');
    expect(weatherChip({ ...base, windSpeedMph: 8, windGustMph: 30 })?.level).toBe('bad');
    expect(weatherChip({ ...base, precipProbability: 80 })?.label).toBe('70° 5mph 80%☂');
    expect(weatherChip({ ...base, precipProbability: 80 })?.level).toBe('bad');
    expect(weatherChip({ ...base, precipProbability: 15 })?.label).toBe('70° 5mph');
  });
});

describe('withLeverage', () => {
  it('when a lineup set holds a player more often than the field owns him, then his leverage is positive; absent players score 0 optimal', () => {
    const rows = [row({ id: 1, ownership: 0.1 }), row({ id: 2, ownership: 0.3 }), row({ id: 3, ownership: null })];
    const optimal = { lineupSetId: 7, lineups: 10, simDraws: true, share: new Map([[1, 0.4]]) };
    const out = withLeverage(rows, optimal);
    expect(out.map((r) => r.optimal)).toEqual([0.4, 0, 0]);
    expect(out[0]!.leverage).toBeCloseTo(0.3);
    expect(out[1]!.leverage).toBeCloseTo(-0.3);
    expect(out[2]!.leverage).toBeNull();
    expect(leverageBasis(optimal)).toContain('sim-draw lineup set #7');
    expect(filterPool(out, PoolQuerySchema.parse({ sort: 'leverage', dir: 'desc' })).map((r) => r.id)).toEqual([1, 2, 3]);
  });
  it('when no lineup set exists, then leverage stays empty and the tooltip says what is needed', () => {
    expect(withLeverage([row({ ownership: 0.2 })], null)[0]!.leverage).toBeNull();
    expect(leverageBasis(null)).toContain('needs a finished lineup set');
  });
});
