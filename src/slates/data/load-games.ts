/** Games with their teams: by id, or the games of one slate in kickoff order. */
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { gameKey } from '../game-key.js';
import type { GameInfo } from '../slate-row.js';

const gameInclude = {
  sport: { select: { code: true } },
  homeTeam: { select: { id: true, code: true, name: true } },
  awayTeam: { select: { id: true, code: true, name: true } },
  venue: { select: { id: true, name: true, roof: true, city: true } },
} as const satisfies Prisma.GameInclude;

type StoredGame = Prisma.GameGetPayload<{ include: typeof gameInclude }>;

function toGameInfo(g: StoredGame): GameInfo {
  return {
    id: g.id, sport: g.sport.code, gameKey: gameKey(g.awayTeam.code, g.homeTeam.code), homeTeam: g.homeTeam, awayTeam: g.awayTeam,
    startsAt: g.startsAt, startTimeTbd: g.startTimeTbd, status: g.status, venue: g.venue,
  };
}

/** The games of these ids (absent ids are skipped), in id order. */
export async function loadGames(db: Db, gameIds: readonly number[]): Promise<GameInfo[]> {
  if (gameIds.length === 0) return [];
  const games = await db.game.findMany({ where: { id: { in: [...new Set(gameIds)] } }, include: gameInclude, orderBy: { id: 'asc' } });
  return games.map(toGameInfo);
}

/** One game, or null. */
export async function loadGame(db: Db, gameId: number): Promise<GameInfo | null> {
  const game = await db.game.findUnique({ where: { id: gameId }, include: gameInclude });
  return game ? toGameInfo(game) : null;
}

/** A slate's games, earliest kickoff first. */
export async function loadSlateGames(db: Db, slateId: number): Promise<GameInfo[]> {
  const links = await db.slateGame.findMany({ where: { slateId }, select: { game: { include: gameInclude } }, orderBy: { game: { startsAt: 'asc' } } });
  return links.map((l) => toGameInfo(l.game));
}
