import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOddsEvents, type OddsEvent, type OddsQuote } from '../api/parse-odds-events.js';
import { computeGameConsensus, computeImpliedTotals } from './compute-game-consensus.js';

const event: OddsEvent = {
  id: 'ev',
  sportKey: 'americanfootball_nfl',
  commenceTime: new Date('2026-10-04T17:00:00Z'),
  homeTeam: 'Kansas City Chiefs',
  awayTeam: 'Denver Broncos',
};
const quote = (bookmaker: string, market: string, outcome: string, priceDecimal: number, point: number | null = null): OddsQuote => ({
  eventId: 'ev', bookmaker, market, outcome, description: null, priceDecimal, priceAmerican: 0, point, lastUpdate: null,
});

describe('computeImpliedTotals', () => {
  it('when the total is 47.5 and home is -3.5, then home 25.5 and away 22.0', () => {
    expect(computeImpliedTotals(47.5, -3.5)).toEqual({ home: 25.5, away: 22 });
  });
});

describe('computeGameConsensus', () => {
  it('when books disagree, then spread and total are medians and implied totals follow', () => {
    const quotes = [
      quote('a', 'spreads', 'Kansas City Chiefs', 1.91, -3.5), quote('a', 'spreads', 'Denver Broncos', 1.91, 3.5),
      quote('b', 'spreads', 'Denver Broncos', 1.91, 3), // home side missing: derived from away
      quote('c', 'spreads', 'Kansas City Chiefs', 1.91, -4), quote('c', 'spreads', 'Denver Broncos', 1.91, 4),
      quote('a', 'totals', 'Over', 1.91, 47.5), quote('a', 'totals', 'Under', 1.91, 47.5),
      quote('b', 'totals', 'Under', 1.91, 47), quote('c', 'totals', 'Over', 1.91, 48), quote('d', 'totals', 'Over', 1.91, 60),
      quote('a', 'h2h', 'Kansas City Chiefs', 1.5, null), quote('a', 'h2h', 'Denver Broncos', 2.7, null),
      quote('b', 'h2h', 'Kansas City Chiefs', 1.6, null), // one-sided: skipped
    ];
    const c = computeGameConsensus(event, quotes);
    expect(c).toMatchObject({ spreadHome: -3.5, total: 47.75, spreadBooks: 3, totalBooks: 4, h2hBooks: 1 });
    expect(c.impliedHomeTotal).toBeCloseTo(25.625, 10);
    expect(c.impliedAwayTotal).toBeCloseTo(22.125, 10);
    expect(c.homeWinProbability).toBeCloseTo((1 / 1.5) / (1 / 1.5 + 1 / 2.7), 10);
    expect((c.homeWinProbability ?? 0) + (c.awayWinProbability ?? 0)).toBeCloseTo(1, 12);
    expect(c.drawProbability).toBeNull();
  });

  it('when the recorded NFL payload is used, then Vikings are favourites at the median line', () => {
    const body: unknown = JSON.parse(readFileSync(new URL(
      '../../../../test/fixtures/odds/theoddsapi_v4_odds_nfl_h2h_spreads_totals_decimal_2026-10-04_TRIMMED2events.json', import.meta.url), 'utf8'));
    const parsed = parseOddsEvents(body, 'decimal');
    const vikings = parsed.events[0] as OddsEvent;
    const c = computeGameConsensus(vikings, parsed.quotes);
    // home spreads: -4.5 -4.5 -5 -5.5 -5 (mybookieag has none) → -5; totals 31.5 31.5 31 25.5 31.5 31.5 → 31.5
    expect(c).toMatchObject({ spreadHome: -5, total: 31.5, spreadBooks: 5, totalBooks: 6, h2hBooks: 6 });
    expect(c.impliedHomeTotal).toBe(18.25);
    expect(c.impliedAwayTotal).toBe(13.25);
    expect(c.homeWinProbability).toBeGreaterThan(0.7);
  });

  it('when a market is missing everywhere, then its numbers are null, not zero', () => {
    const c = computeGameConsensus(event, [quote('a', 'h2h', 'Kansas City Chiefs', 1.5), quote('a', 'h2h', 'Denver Broncos', 2.7)]);
    expect(c).toMatchObject({ spreadHome: null, total: null, impliedHomeTotal: null, impliedAwayTotal: null });
  });
});
