/** How games look in API responses (one place, so every endpoint agrees); lines and forecasts come from their owners. */
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';
import { loadGame, type GameInfo } from '../../slates/index.js';

export interface ApiTeam { id: number; code: string; name: string }
export interface ApiGame {
  id: number; sport: string; startsAt: Date; status: string; awayTeam: ApiTeam; homeTeam: ApiTeam;
  venue: { id: number; name: string; roof: string; city: string | null } | null;
}

/** The API's game from the slates module's: same teams and venue, the sport code, no derived keys. */
export function toApiGame(g: GameInfo): ApiGame {
  return { id: g.id, sport: g.sport, startsAt: g.startsAt, status: g.status, awayTeam: g.awayTeam, homeTeam: g.homeTeam, venue: g.venue };
}

/** A game by id, or 404. */
export async function findGame(db: Db, id: number): Promise<ApiGame> {
  const game = await loadGame(db, id);
  if (!game) throw notFound(`game ${id}`);
  return toApiGame(game);
}
