import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { americanToDecimal } from '../convert-price.js';
import { parseOddsEvents } from '../api/parse-odds-events.js';
import { computePropConsensus } from './compute-prop-consensus.js';

const wrapper = JSON.parse(readFileSync(new URL(
  '../../../../test/fixtures/odds/theoddsapi_v4_event_odds_nfl_player_props_american_2026-10-04_TRIMMED1event3books.json', import.meta.url), 'utf8')) as { events: unknown[] };
const parsed = parseOddsEvents(wrapper.events[0], 'american');
const consensus = computePropConsensus(parsed.quotes);
const find = (player: string, market: string) => consensus.find((c) => c.player === player && c.market === market);

describe('computePropConsensus on the recorded props event', () => {
  it('when three books list a rushing line, then the line is their median and over is no-vig', () => {
    const books = ['draftkings', 'fanduel', 'betmgm'];
    const rows = parsed.quotes.filter((q) => q.description === 'Jonathan Taylor' && q.market === 'player_rush_yds');
    const points = books.map((b) => rows.find((q) => q.bookmaker === b && q.outcome === 'Over')?.point).filter((p) => p !== undefined);
    const taylor = find('Jonathan Taylor', 'player_rush_yds');
    expect(taylor?.books).toBe(points.length);
    expect(taylor?.line).toBe([...points].sort((a, b) => (a ?? 0) - (b ?? 0))[1]);
    expect(taylor?.vigRemoved).toBe(true);
    expect(taylor?.overProbability).toBeGreaterThan(0.4);
    expect(taylor?.overProbability).toBeLessThan(0.6);
  });

  it('when a market is yes-only (anytime TD), then there is no line and the probability keeps the vig', () => {
    const td = find('Jonathan Taylor', 'player_anytime_td');
    expect(td?.line).toBeNull();
    expect(td?.vigRemoved).toBe(false);
    const dk = parsed.quotes.find((q) => q.bookmaker === 'draftkings' && q.market === 'player_anytime_td' && q.description === 'Jonathan Taylor');
    expect(dk?.priceAmerican).toBe(-320);
    expect(td?.overProbability).toBeGreaterThan(0.7);
  });

  it('when a group is built, then each player-market pair appears once', () => {
    const keys = consensus.map((c) => `${c.player}|${c.market}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(consensus.every((c) => c.eventId === 'c9d8ed8aa4889486eaf10a630138ede0')).toBe(true);
  });
});

describe('computePropConsensus on hand-made quotes', () => {
  it('when two books price -110/-110 at 60.5 and 61.5, then line 61 and 50%', () => {
    const q = (bookmaker: string, outcome: string, point: number) => ({
      eventId: 'e', bookmaker, market: 'player_rush_yds', outcome, description: 'A B', priceDecimal: americanToDecimal(-110), priceAmerican: -110, point, lastUpdate: null,
    });
    const [c] = computePropConsensus([q('x', 'Over', 60.5), q('x', 'Under', 60.5), q('y', 'Over', 61.5), q('y', 'Under', 61.5)]);
    expect(c).toMatchObject({ line: 61, books: 2, vigRemoved: true });
    expect(c?.overProbability).toBeCloseTo(0.5, 12);
  });
});
