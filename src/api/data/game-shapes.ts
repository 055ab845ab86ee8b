/** How games look in API responses (one place, so every endpoint agrees); lines and forecasts come from their owners. */
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';

export interface ApiTeam { id: number; code: string; name: string }
export interface ApiGame {
  id: number; sport: string; startsAt: Date; status: string; awayTeam: ApiTeam; homeTeam: ApiTeam;
  venue: { id: number; name: string; roof: string; city: string | null } | null;
}

export const gameInclude = {
  sport: { select: { code: true } },
  homeTeam: { select: { id: true, code: true, name: true } },
  awayTeam: { select: { id: true, code: true, name: true } },
  venue: { select: { id: true, name: true, roof: true, city: true } },
} as const;

type GameRow = {
  id: number; startsAt: Date; status: string; sport: { code: string };
  homeTeam: ApiTeam; awayTeam: ApiTeam; venue: { id: number; name: string; roof: string; city: string | null } | null;
};

export function toApiGame(g: GameRow): ApiGame {
  return { id: g.id, sport: g.sport.code, startsAt: g.startsAt, status: g.status, awayTeam: g.awayTeam, homeTeam: g.homeTeam, venue: g.venue };
}

/** A game by id, or 404. */
export async function findGame(db: Db, id: number): Promise<ApiGame> {
  const game = await db.game.findUnique({ where: { id }, include: gameInclude });
  if (!game) throw notFound(`game ${id}`);
  return toApiGame(game);
}
