import { describe, expect, it } from 'vitest';
import { adjustPlayers } from './adjust-players.js';
import { conditionalBoosts } from './redistribute-vacated.js';
import { impliedTotalFactor } from './implied-total-factor.js';
import { InjuryStatusSchema } from '../../core/player-status.js';
import { isKnownStatus, playProbabilityFor } from './play-probability.js';
import { projectFromProps } from './project-from-props.js';
import type { ProjectionInput } from './types.js';
import { weatherFactor } from './weather-factor.js';

const input = (key: string, team: string, position: string, baseline: number, extra: Partial<ProjectionInput> = {}): ProjectionInput => ({
  key,
  name: key,
  team,
  opponent: team === 'A' ? 'B' : 'A',
  gameKey: 'B@A',
  position,
  salary: 5000,
  baseline,
  baselineSource: 'site-average',
  sd: null,
  status: null,
  battingOrder: null,
  line: null,
  ...extra,
});

describe('playProbabilityFor', () => {
  it('when given site codes or feed words, then out is 0, questionable 0.75, doubtful 0.25, healthy 1', () => {
    expect(['O', 'OUT', 'IR', 'IL', 'IL60', 'injured_reserve', 'Out'].map(playProbabilityFor)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(playProbabilityFor('Q')).toBe(0.75);
    expect(playProbabilityFor('questionable')).toBe(0.75);
    expect(playProbabilityFor('D')).toBe(0.25);
    expect(playProbabilityFor(null)).toBe(1);
    expect(playProbabilityFor('None')).toBe(1);
    expect(playProbabilityFor('active')).toBe(1);
  });

  it('when given the injury feed\'s normalized statuses, then every one is known and a game-time decision plays with p=0.7', () => {
    expect(InjuryStatusSchema.options.filter((s) => !isKnownStatus(s))).toEqual([]);
    expect(playProbabilityFor('game_time_decision')).toBe(0.7);
    expect(playProbabilityFor('GTD')).toBe(0.7);
    expect(playProbabilityFor('injured_reserve')).toBe(0);
    expect(playProbabilityFor('Injured List')).toBe(0);
    expect(playProbabilityFor('probable')).toBe(0.95);
  });
});

describe('impliedTotalFactor', () => {
  it('when a team is implied above average, then its offence rises and the opposing defence falls', () => {
    expect(impliedTotalFactor('NFL', 'QB', 27, 20)).toBeGreaterThan(1.1);
    expect(impliedTotalFactor('NFL', 'DST', 20, 27)).toBeCloseTo((22.5 / 27) ** 0.8, 9);
    expect(impliedTotalFactor('MLB', 'SP', 4, 6)).toBeLessThan(1);
    expect(impliedTotalFactor('NFL', 'QB', undefined, 20)).toBe(1);
    expect(impliedTotalFactor('NFL', 'WR', 60, 10)).toBe(1.5);
  });
});

describe('weatherFactor', () => {
  it('when wind is strong outdoors, then passing and kicking drop and a roof cancels it', () => {
    const windy = { windMph: 25, precipMmPerHour: 0, roofed: false };
    expect(weatherFactor('NFL', 'QB', windy)).toBeCloseTo(0.85, 6);
    expect(weatherFactor('NFL', 'K', windy)).toBeCloseTo(0.8, 6);
    expect(weatherFactor('NFL', 'RB', windy)).toBeGreaterThan(1);
    expect(weatherFactor('NFL', 'QB', { ...windy, roofed: true })).toBe(1);
    expect(weatherFactor('NFL', 'QB', { windMph: 10, precipMmPerHour: 0, roofed: false })).toBe(1);
    expect(weatherFactor('NFL', 'WR', { windMph: 5, precipMmPerHour: 8, roofed: false })).toBeCloseTo(0.9, 6);
  });

  it('when only the chance of rain is known (NWS), then it counts as that chance of moderate rain; a known rate wins', () => {
    const nws = { windMph: 5, precipMmPerHour: null, precipChancePct: 80, roofed: false };
    expect(weatherFactor('NFL', 'WR', nws)).toBeCloseTo(1 - 0.1 * 0.8 * 0.5, 6);
    expect(weatherFactor('NFL', 'DST', nws)).toBeCloseTo(1 + 0.05 * 0.8 * 0.5, 6);
    expect(weatherFactor('NFL', 'WR', { ...nws, precipChancePct: 0 })).toBe(1);
    expect(weatherFactor('NFL', 'WR', { ...nws, precipMmPerHour: 0 })).toBe(1);
    expect(weatherFactor('NFL', 'WR', { ...nws, roofed: true })).toBe(1);
  });
});

describe('projectFromProps', () => {
  it('when a receiver has yardage, catches and TD props, then they convert with DK scoring', () => {
    const p = projectFromProps('NFL', 'WR', { player_receptions: 6.5, player_reception_yds: 80.5, player_anytime_td: 0.4 })!;
    expect(p.mean).toBeCloseTo(6.5 + 8.05 - Math.log(0.6) * 6, 6);
    expect(p.coverage).toBeCloseTo(0.95, 6);
    expect(projectFromProps('NFL', 'WR', { player_receptions: 6.5 })).toBeNull();
  });
});

describe('adjustPlayers', () => {
  it('when a receiver is out, then he plays with p=0 and his teammates at the absorbing positions gain', () => {
    const players = adjustPlayers('NFL', [
      input('wr1', 'A', 'WR', 18, { status: 'O' }),
      input('wr2', 'A', 'WR', 20),
      input('te', 'A', 'TE', 16),
      input('rb', 'A', 'RB', 14),
      input('oppwr', 'B', 'WR', 12),
    ]);
    const by = (k: string) => players.find((p) => p.key === k)!;
    expect(by('wr1').playProbability).toBe(0);
    // 60% of 18 spread over WR2 and TE in proportion to their means (20:16).
    expect(by('wr2').mean).toBeCloseTo(20 + 10.8 * (20 / 36), 6);
    expect(by('te').mean).toBeCloseTo(16 + 10.8 * (16 / 36), 6);
    expect(by('rb').mean).toBe(14);
    expect(by('oppwr').mean).toBe(12);
  });

  it('when props exist, then they blend with the baseline and skip the implied-total factor', () => {
    const [p] = adjustPlayers(
      'NFL',
      [input('wr', 'A', 'WR', 10)],
      { props: { wr: { player_receptions: 7, player_reception_yds: 90, player_anytime_td: 0.5 } }, games: [{ gameKey: 'B@A', impliedTotals: { A: 30, B: 20 } }] },
    );
    const filled = 7 + 9 - Math.log(0.5) * 6 + 0.05 * 10;
    expect(p!.mean).toBeCloseTo(0.7 * filled + 0.3 * 10, 6);
    expect(p!.notes.map((n) => n.kind)).toEqual(['props']);
  });

  it('when the vacated share is large, then a teammate gains at most half his own mean', () => {
    const players = adjustPlayers('NFL', [input('wr1', 'A', 'WR', 25, { status: 'O' }), input('wr2', 'A', 'WR', 6)]);
    expect(players[1]!.mean).toBe(9);
  });

  it('when a receiver is questionable, then teammates get per-sim boosts instead of a mean shift', () => {
    const players = adjustPlayers('NFL', [input('wr1', 'A', 'WR', 14, { status: 'Q' }), input('wr2', 'A', 'WR', 20), input('rb', 'A', 'RB', 14)]);
    expect(players[1]!.mean).toBe(20);
    expect(conditionalBoosts('NFL', players)).toEqual([{ from: 0, to: 1, factor: (14 * 0.6) / 20 }]);
  });

  it('when a receiver may sit by the stored results alone, then his teammate\'s boost adds no points on average (his baseline holds the usual absences)', () => {
    const players = adjustPlayers('NFL', [input('wr1', 'A', 'WR', 14, { availability: 0.6 }), input('wr2', 'A', 'WR', 20)]);
    const [boost] = conditionalBoosts('NFL', players);
    expect(boost!.playsFactor!).toBeLessThan(0);
    const expected = 0.6 * (1 + boost!.playsFactor!) + 0.4 * (1 + boost!.factor);
    expect(expected).toBeCloseTo(1, 12);
    // When he sits his teammate still gains the whole share of his points, over what he scores when he plays.
    expect((1 + boost!.factor) / (1 + boost!.playsFactor!)).toBeCloseTo(1 + (14 * 0.6) / 20, 12);
    // A status on top of the same history adds the status's doubt as expected gain, as before.
    const withStatus = adjustPlayers('NFL', [input('wr1', 'A', 'WR', 14, { availability: 0.6, status: 'Q' }), input('wr2', 'A', 'WR', 20)]);
    const [b] = conditionalBoosts('NFL', withStatus);
    const p = withStatus[0]!.playProbability;
    expect(p * (1 + b!.playsFactor!) + (1 - p) * (1 + b!.factor)).toBeGreaterThan(1.05);
  });

  it('when an out player had been missing his team\'s games, then his teammates gain only the share of his points his absence newly frees', () => {
    const players = adjustPlayers('NFL', [input('wr1', 'A', 'WR', 10, { status: 'O', availability: 0.25 }), input('wr2', 'A', 'WR', 20)]);
    expect(players[1]!.mean).toBeCloseTo(20 + 10 * 0.6 * 0.25, 12);
  });

  it('when an upload is the baseline, then absences are not redistributed again', () => {
    const players = adjustPlayers('NFL', [input('wr1', 'A', 'WR', 18, { status: 'O' }), input('wr2', 'A', 'WR', 10)], { redistribute: false });
    expect(players[1]!.mean).toBe(10);
  });

  it('when the starting QB is out, then the backup takes the job at his own average and no share moves between QBs', () => {
    const healthy = adjustPlayers('NFL', [input('qb1', 'A', 'QB', 14, { salary: 6000 }), input('qb2', 'A', 'QB', 16)]);
    expect(healthy.map((p) => p.playProbability)).toEqual([1, 0.05]);
    expect(healthy[1]!.notes.map((n) => n.kind)).toEqual(['depth']);
    const out = adjustPlayers('NFL', [input('qb1', 'A', 'QB', 14, { salary: 6000, status: 'O' }), input('qb2', 'A', 'QB', 16)]);
    expect(out[1]).toMatchObject({ playProbability: 1, mean: 16, notes: [] });
    expect(conditionalBoosts('NFL', adjustPlayers('NFL', [input('qb1', 'A', 'QB', 14, { salary: 6000, status: 'Q' }), input('qb2', 'A', 'QB', 16)]))).toEqual([]);
  });
});
