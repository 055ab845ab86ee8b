import { describe, expect, it } from 'vitest';
import type { OddsQuote } from './api/parse-odds-events.js';
import { quoteKey, selectChangedQuotes, type StoredPrice } from './detect-changes.js';

const base: OddsQuote = {
  eventId: 'e', bookmaker: 'dk', market: 'spreads', outcome: 'Kansas City Chiefs', description: null,
  priceDecimal: 1.91, priceAmerican: -110, point: -3.5, lastUpdate: new Date('2026-10-04T12:00:00Z'),
};

describe('selectChangedQuotes', () => {
  const stored = new Map<string, StoredPrice>([[quoteKey(base), { priceDecimal: 1.91, point: -3.5 }]]);

  it('when nothing moved (only last_update), then nothing is returned', () => {
    expect(selectChangedQuotes([{ ...base, lastUpdate: new Date() }], stored)).toEqual([]);
  });

  it('when the price or the point moved, then that quote is returned', () => {
    const moved = [{ ...base, priceDecimal: 1.95 }, { ...base, outcome: 'Denver Broncos', point: 3.5 }, { ...base, point: -3 }];
    expect(selectChangedQuotes(moved, stored)).toEqual(moved);
  });

  it('when a point disappears, then it counts as a change', () => {
    expect(selectChangedQuotes([{ ...base, point: null }], stored)).toHaveLength(1);
  });

  it('when two players share a market, then the description keeps their histories apart', () => {
    const a = { ...base, market: 'player_rush_yds', outcome: 'Over', description: 'A', point: 60.5 };
    const b = { ...a, description: 'B' };
    const last = new Map([[quoteKey(a), { priceDecimal: 1.91, point: 60.5 }]]);
    expect(selectChangedQuotes([a, b], last)).toEqual([b]);
  });
});
