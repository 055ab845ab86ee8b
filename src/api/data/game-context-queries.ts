/** Per-game context: odds history of one market, weather forecasts, consensus lines. Read through the odds and weather modules, which own those tables. */
import { z } from 'zod';
import { queryDate } from '../../core/validation/query-date.js';
import type { Db } from '../../core/db.js';
import { readOddsHistory } from '../../ingest/odds/index.js';
import { readGameForecasts } from '../../ingest/weather/index.js';
import { findGame, type ApiGame } from './game-shapes.js';

export const oddsQuerySchema = z.object({
  /** The Odds API market key: h2h, spreads, totals, player_pass_yds, ... */
  market: z.string().trim().min(1).max(60).default('h2h'),
  bookmaker: z.string().trim().min(1).max(60).optional(),
  since: queryDate().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type OddsQuery = z.infer<typeof oddsQuerySchema>;

/** Every stored change of one market for a game (oldest first), the current prices, and the consensus lines. */
export async function loadOddsHistory(db: Db, gameId: number, query: OddsQuery) {
  const game: ApiGame = await findGame(db, gameId);
  const { markets, history, current, lines } = await readOddsHistory(db, gameId, query);
  return { game, market: query.market, markets, history, current, lines };
}

/** The forecasts stored for a game, newest first; the newest carries its hourly detail. */
export async function loadGameWeather(db: Db, gameId: number, limit = 50) {
  const game = await findGame(db, gameId);
  return { game, ...(await readGameForecasts(db, gameId, limit)) };
}
