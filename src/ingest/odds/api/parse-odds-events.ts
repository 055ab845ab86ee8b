import type { z } from 'zod';
import { normalizePrice, type OddsFormat } from '../convert-price.js';
import { oddsBookmakerSchema, oddsEventSchema, oddsMarketSchema, oddsOutcomeSchema } from './odds-api-schemas.js';
import { describeZodError } from '../../../core/validation/zod-problems.js';

/** The event a quote belongs to, as the provider names it. */
export interface OddsEvent {
  id: string;
  sportKey: string;
  commenceTime: Date;
  homeTeam: string;
  awayTeam: string;
}

/** One (event, bookmaker, market, outcome[, description]) price and point: the unit we store. */
export interface OddsQuote {
  eventId: string;
  bookmaker: string;
  market: string;
  outcome: string;
  /** Player name for props; null for game lines. */
  description: string | null;
  priceDecimal: number;
  priceAmerican: number;
  point: number | null;
  /** The bookmaker's last_update for this market (market level, else bookmaker level). */
  lastUpdate: Date | null;
}

/** Everything one response yields: good events and quotes, and what was skipped and why. */
export interface ParsedOdds {
  events: OddsEvent[];
  quotes: OddsQuote[];
  skipped: number;
  /** First few skip reasons, each naming the path, e.g. `[1].bookmakers[0].markets[2].outcomes[0]: price ...`. */
  skipReasons: string[];
}

const MAX_REASONS = 20;

/**
 * Parses `/odds` (array) or `/events/{id}/odds` (one object) into flat quotes.
 * Malformed entries at any level are skipped and counted; the rest is kept. A duplicate outcome key
 * inside one market is skipped too, because the store keys history on it.
 */
export function parseOddsEvents(body: unknown, format: OddsFormat): ParsedOdds {
  const out: ParsedOdds = { events: [], quotes: [], skipped: 0, skipReasons: [] };
  const skip = (path: string, why: string): void => {
    out.skipped += 1;
    if (out.skipReasons.length < MAX_REASONS) out.skipReasons.push(`${path}: ${why}`);
  };
  const items = Array.isArray(body) ? body : [body];
  items.forEach((item, i) => {
    const ev = oddsEventSchema.safeParse(item);
    if (!ev.success) return skip(`[${i}]`, describe(ev.error));
    out.events.push({
      id: ev.data.id,
      sportKey: ev.data.sport_key,
      commenceTime: ev.data.commence_time,
      homeTeam: ev.data.home_team,
      awayTeam: ev.data.away_team,
    });
    ev.data.bookmakers.forEach((bookRaw, b) => {
      const book = oddsBookmakerSchema.safeParse(bookRaw);
      const bookPath = `[${i}].bookmakers[${b}]`;
      if (!book.success) return skip(bookPath, describe(book.error));
      book.data.markets.forEach((marketRaw, m) => {
        const market = oddsMarketSchema.safeParse(marketRaw);
        const marketPath = `${bookPath}.markets[${m}]`;
        if (!market.success) return skip(marketPath, describe(market.error));
        const seen = new Set<string>();
        market.data.outcomes.forEach((outcomeRaw, o) => {
          const outcomePath = `${marketPath}.outcomes[${o}]`;
          const outcome = oddsOutcomeSchema.safeParse(outcomeRaw);
          if (!outcome.success) return skip(outcomePath, describe(outcome.error));
          const price = normalizePrice(outcome.data.price, format);
          if (!price) return skip(outcomePath, `price ${outcome.data.price} is not a ${format} price`);
          const key = `${outcome.data.name}\u0000${outcome.data.description ?? ''}`;
          if (seen.has(key)) return skip(outcomePath, `duplicate outcome ${outcome.data.name}`);
          seen.add(key);
          out.quotes.push({
            eventId: ev.data.id,
            bookmaker: book.data.key,
            market: market.data.key,
            outcome: outcome.data.name,
            description: outcome.data.description ?? null,
            ...price,
            point: outcome.data.point ?? null,
            lastUpdate: market.data.last_update ?? book.data.last_update ?? null,
          });
        });
      });
    });
  });
  return out;
}

function describe(error: z.ZodError): string {
  return describeZodError(error, { max: 3 });
}
