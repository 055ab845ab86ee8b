/** One game's odds as the API's odds endpoint shows them: a market's stored changes, its current prices, the consensus lines. */
import type { Db } from '../../../core/db.js';
import { readGameLineHistory } from './read-odds.js';

const priceSelect = {
  bookmaker: true, outcomeName: true, description: true, priceDecimal: true, priceAmerican: true, point: true,
  bookmakerUpdatedAt: true, capturedAt: true,
} as const;

export interface OddsHistoryQuery { market: string; bookmaker?: string; since?: Date; limit: number }

/** Every stored change of one market for a game (oldest first), the current prices, the markets seen and the consensus lines. */
export async function readOddsHistory(db: Db, gameId: number, query: OddsHistoryQuery) {
  const events = await db.oddsEvent.findMany({ where: { gameId }, select: { id: true } });
  const eventIds = events.map((e) => e.id);
  const where = { eventId: { in: eventIds }, market: query.market, ...(query.bookmaker ? { bookmaker: query.bookmaker } : {}) };
  const [history, current, markets, lineRows] = await Promise.all([
    db.oddsPrice.findMany({
      where: { ...where, ...(query.since ? { capturedAt: { gte: query.since } } : {}) },
      orderBy: [{ capturedAt: 'asc' }, { id: 'asc' }], take: query.limit, select: priceSelect,
    }),
    db.oddsPriceCurrent.findMany({ where, orderBy: [{ bookmaker: 'asc' }, { outcomeName: 'asc' }, { description: 'asc' }], select: { ...priceSelect, lastSeenAt: true } }),
    db.oddsPriceCurrent.findMany({ where: { eventId: { in: eventIds } }, distinct: ['market'], select: { market: true }, orderBy: { market: 'asc' } }),
    readGameLineHistory(db, gameId, 500),
  ]);
  const lines = lineRows.map(({ gameId: _, ...line }) => line);
  return { markets: markets.map((m) => m.market), history, current, lines };
}
