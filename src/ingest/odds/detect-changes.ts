import type { OddsQuote } from './api/parse-odds-events.js';

/** The last stored price and point of one quote key. */
export interface StoredPrice {
  priceDecimal: number;
  point: number | null;
}

/** Natural key of a quote's history: (event, bookmaker, market, outcome, description). */
export function quoteKey(q: Pick<OddsQuote, 'eventId' | 'bookmaker' | 'market' | 'outcome' | 'description'>): string {
  return `${q.eventId}\u0000${q.bookmaker}\u0000${q.market}\u0000${q.outcome}\u0000${q.description ?? ''}`;
}

// Prices round-trip through double precision exactly; the epsilon only guards derived decimals
// (American → decimal) against a different float path producing the last bit differently.
const EPSILON = 1e-9;

/**
 * Returns only the quotes whose price or point differs from the last stored one (or that are new).
 * A changed last_update alone is not a change: the line did not move.
 */
export function selectChangedQuotes(quotes: readonly OddsQuote[], last: ReadonlyMap<string, StoredPrice>): OddsQuote[] {
  return quotes.filter((q) => {
    const prev = last.get(quoteKey(q));
    if (!prev) return true;
    return Math.abs(prev.priceDecimal - q.priceDecimal) > EPSILON || prev.point !== q.point;
  });
}
