/** Per-game context: odds history of one market, weather forecasts, consensus lines. Shared data (no owner). */
import { z } from 'zod';
import { queryDate } from '../../core/validation/query-date.js';
import type { Db } from '../../core/db.js';
import { findGame, forecastSelect, gameLineSelect, type ApiGame } from './game-shapes.js';

export const oddsQuerySchema = z.object({
  /** The Odds API market key: h2h, spreads, totals, player_pass_yds, ... */
  market: z.string().trim().min(1).max(60).default('h2h'),
  bookmaker: z.string().trim().min(1).max(60).optional(),
  since: queryDate().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type OddsQuery = z.infer<typeof oddsQuerySchema>;

const priceSelect = {
  bookmaker: true, outcomeName: true, description: true, priceDecimal: true, priceAmerican: true, point: true,
  bookmakerUpdatedAt: true, capturedAt: true,
} as const;

/** Every stored change of one market for a game (oldest first), the current prices, and the consensus lines. */
export async function loadOddsHistory(db: Db, gameId: number, query: OddsQuery) {
  const game: ApiGame = await findGame(db, gameId);
  const events = await db.oddsEvent.findMany({ where: { gameId }, select: { id: true } });
  const eventIds = events.map((e) => e.id);
  const where = { eventId: { in: eventIds }, market: query.market, ...(query.bookmaker ? { bookmaker: query.bookmaker } : {}) };
  const [history, current, markets, lines] = await Promise.all([
    db.oddsPrice.findMany({
      where: { ...where, ...(query.since ? { capturedAt: { gte: query.since } } : {}) },
      orderBy: [{ capturedAt: 'asc' }, { id: 'asc' }], take: query.limit, select: priceSelect,
    }),
    db.oddsPriceCurrent.findMany({ where, orderBy: [{ bookmaker: 'asc' }, { outcomeName: 'asc' }, { description: 'asc' }], select: { ...priceSelect, lastSeenAt: true } }),
    db.oddsPriceCurrent.findMany({ where: { eventId: { in: eventIds } }, distinct: ['market'], select: { market: true }, orderBy: { market: 'asc' } }),
    db.gameLine.findMany({ where: { gameId }, orderBy: { capturedAt: 'asc' }, select: gameLineSelect, take: 500 }),
  ]);
  return { game, market: query.market, markets: markets.map((m) => m.market), history, current, lines };
}

/** The forecasts stored for a game, newest first; the newest carries its hourly detail. */
export async function loadGameWeather(db: Db, gameId: number, limit = 50) {
  const game = await findGame(db, gameId);
  const forecasts = await db.weatherForecast.findMany({ where: { gameId }, orderBy: { fetchedAt: 'desc' }, take: limit, select: forecastSelect });
  const newest = forecasts[0] ? await db.weatherForecast.findUnique({ where: { id: forecasts[0].id }, select: { hourly: true } }) : null;
  return { game, latest: forecasts[0] ? { ...forecasts[0], hourly: newest?.hourly ?? null } : null, forecasts };
}
