import type { Db } from '../../../core/db.js';
import { utcText } from './sql-values.js';
import type { GameLineRow } from './store-game-lines.js';

/** The latest consensus of a game: what the sim engine reads. */
export interface GameLineView extends GameLineRow {
  capturedAt: Date;
}

/** Latest GameLine per game; games without odds are absent from the map. */
export async function readGameLines(db: Db, gameIds: readonly number[]): Promise<Map<number, GameLineView>> {
  if (gameIds.length === 0) return new Map();
  const rows = await db.$queryRaw<GameLineView[]>`
    SELECT DISTINCT ON ("gameId") "gameId", "capturedAt", "bookCount", "homeWinProb", "awayWinProb", "homeSpread", "total",
      "homeImpliedTotal", "awayImpliedTotal"
    FROM "GameLine" WHERE "gameId" = ANY(${[...gameIds]}::int[]) ORDER BY "gameId", "capturedAt" DESC, "id" DESC`;
  return new Map(rows.map((r) => [r.gameId, r]));
}

/** The latest consensus of one player's prop market. */
export interface PropLineView {
  gameId: number | null;
  playerId: number;
  playerName: string;
  market: string;
  line: number | null;
  overProb: number | null;
  vigRemoved: boolean;
  bookCount: number;
  capturedAt: Date;
}

/** Latest consensus prop lines of matched players in the given games (one row per player and market). */
export async function readPlayerPropLines(db: Db, gameIds: readonly number[]): Promise<PropLineView[]> {
  if (gameIds.length === 0) return [];
  return db.$queryRaw<PropLineView[]>`
    SELECT DISTINCT ON (p."playerId", p."market") e."gameId", p."playerId", p."playerName", p."market", p."line", p."overProb",
      p."vigRemoved", p."bookCount", p."capturedAt"
    FROM "PlayerPropLine" p JOIN "OddsEvent" e ON e."id" = p."eventId"
    WHERE e."gameId" = ANY(${[...gameIds]}::int[]) AND p."playerId" IS NOT NULL
    ORDER BY p."playerId", p."market", p."capturedAt" DESC, p."id" DESC`;
}

/** One price of the current view or of the history. */
export interface OddsPriceView {
  providerEventId: string;
  bookmaker: string;
  market: string;
  outcomeName: string;
  description: string;
  priceDecimal: number;
  priceAmerican: number | null;
  point: number | null;
  bookmakerUpdatedAt: Date | null;
  capturedAt: Date;
}

/** The current price of every outcome of a game's markets, per bookmaker (lastSeenAt shows a pulled line). */
export async function readCurrentOdds(db: Db, gameId: number, market?: string): Promise<(OddsPriceView & { lastSeenAt: Date })[]> {
  return db.$queryRaw`
    SELECT e."providerEventId", c."bookmaker", c."market", c."outcomeName", c."description", c."priceDecimal", c."priceAmerican",
      c."point", c."bookmakerUpdatedAt", c."capturedAt", c."lastSeenAt"
    FROM "OddsPriceCurrent" c JOIN "OddsEvent" e ON e."id" = c."eventId"
    WHERE e."gameId" = ${gameId} AND (${market ?? null}::text IS NULL OR c."market" = ${market ?? null})
    ORDER BY c."market", c."description", c."outcomeName", c."bookmaker"`;
}

/** Line movement of a game: every stored change, oldest first, optionally one market / bookmaker. */
export async function readLineHistory(db: Db, gameId: number, filter: { market?: string; bookmaker?: string } = {}): Promise<OddsPriceView[]> {
  return db.$queryRaw`
    SELECT e."providerEventId", p."bookmaker", p."market", p."outcomeName", p."description", p."priceDecimal", p."priceAmerican",
      p."point", p."bookmakerUpdatedAt", p."capturedAt"
    FROM "OddsPrice" p JOIN "OddsEvent" e ON e."id" = p."eventId"
    WHERE e."gameId" = ${gameId}
      AND (${filter.market ?? null}::text IS NULL OR p."market" = ${filter.market ?? null})
      AND (${filter.bookmaker ?? null}::text IS NULL OR p."bookmaker" = ${filter.bookmaker ?? null})
    ORDER BY p."capturedAt", p."id"`;
}

/** Events not matched to a game and prop names not matched to a player, for the report and the admin page. */
export async function listUnmatchedOdds(db: Db, since: Date): Promise<{
  events: { providerEventId: string; sportKey: string; homeTeamName: string; awayTeamName: string; commenceTime: Date }[];
  players: { providerEventId: string; playerName: string; markets: number }[];
}> {
  const events = await db.oddsEvent.findMany({
    where: { gameId: null, commenceTime: { gte: since } },
    select: { providerEventId: true, sportKey: true, homeTeamName: true, awayTeamName: true, commenceTime: true },
    orderBy: { commenceTime: 'asc' },
  });
  const players = await db.$queryRaw<{ providerEventId: string; playerName: string; markets: number }[]>`
    SELECT e."providerEventId", p."playerName", COUNT(DISTINCT p."market")::int AS "markets"
    FROM "PlayerPropLine" p JOIN "OddsEvent" e ON e."id" = p."eventId"
    WHERE p."playerId" IS NULL AND e."commenceTime" >= ${utcText(since)}::timestamp(3)
    GROUP BY e."providerEventId", p."playerName" ORDER BY e."providerEventId", p."playerName"`;
  return { events, players };
}

/** A game's consensus lines, oldest first (at most `limit`). */
export async function readGameLineHistory(db: Db, gameId: number, limit = 500): Promise<GameLineView[]> {
  return db.gameLine.findMany({
    where: { gameId }, orderBy: { capturedAt: 'asc' }, take: limit,
    select: { gameId: true, capturedAt: true, bookCount: true, homeWinProb: true, awayWinProb: true, homeSpread: true, total: true, homeImpliedTotal: true, awayImpliedTotal: true },
  });
}
