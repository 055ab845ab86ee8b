import type { OddsQuote } from '../api/parse-odds-events.js';
import { impliedProbability } from '../convert-price.js';
import { medianOf, removeVig } from './remove-vig.js';

/** Consensus of one player's prop market across bookmakers: what the sim reads per player. */
export interface PropConsensus {
  eventId: string;
  /** Player name as the books print it (`description`). */
  player: string;
  market: string;
  /** Median line (point) across books; null for yes/no markets such as anytime TD. */
  line: number | null;
  /**
   * Median probability of Over (or Yes) across books. No-vig when every contributing book priced both
   * sides at the same point; otherwise the one-sided implied probability, vig included (see `vigRemoved`).
   */
  overProbability: number | null;
  vigRemoved: boolean;
  books: number;
}

const OVER = new Set(['Over', 'Yes']);
const UNDER = new Set(['Under', 'No']);

/** Per-player consensus lines from prop quotes (quotes with a description); game lines are ignored. */
export function computePropConsensus(quotes: readonly OddsQuote[]): PropConsensus[] {
  // group: event → player → market → book → its outcomes
  const groups = new Map<string, { eventId: string; player: string; market: string; books: Map<string, OddsQuote[]> }>();
  for (const q of quotes) {
    if (q.description === null) continue;
    const key = `${q.eventId}\u0000${q.description}\u0000${q.market}`;
    let group = groups.get(key);
    if (!group) {
      group = { eventId: q.eventId, player: q.description, market: q.market, books: new Map() };
      groups.set(key, group);
    }
    const book = group.books.get(q.bookmaker);
    if (book) book.push(q);
    else group.books.set(q.bookmaker, [q]);
  }
  const result: PropConsensus[] = [];
  for (const group of groups.values()) {
    const lines: number[] = [];
    const probabilities: number[] = [];
    let vigRemoved = true;
    for (const outcomes of group.books.values()) {
      const over = outcomes.find((q) => OVER.has(q.outcome));
      const under = outcomes.find((q) => UNDER.has(q.outcome));
      const point = over?.point ?? under?.point ?? null;
      if (point !== null) lines.push(point);
      if (over && under && over.point === under.point) {
        const probs = removeVig([over.priceDecimal, under.priceDecimal]);
        if (probs?.[0] !== undefined) probabilities.push(probs[0]);
      } else if (over) {
        probabilities.push(impliedProbability(over.priceDecimal));
        vigRemoved = false;
      } else if (under) {
        probabilities.push(1 - impliedProbability(under.priceDecimal));
        vigRemoved = false;
      }
    }
    result.push({
      eventId: group.eventId,
      player: group.player,
      market: group.market,
      line: medianOf(lines),
      overProbability: medianOf(probabilities),
      vigRemoved: probabilities.length > 0 && vigRemoved,
      books: group.books.size,
    });
  }
  return result;
}
