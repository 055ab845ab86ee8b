import type { GameConsensus } from '../derive/compute-game-consensus.js';
import { utcText } from './sql-values.js';
import type { Tx } from './upsert-odds-events.js';

/** Consensus of one matched game, oriented to our game's home/away. */
export interface GameLineRow {
  gameId: number;
  bookCount: number;
  homeWinProb: number | null;
  awayWinProb: number | null;
  homeSpread: number | null;
  total: number | null;
  homeImpliedTotal: number | null;
  awayImpliedTotal: number | null;
}

const FIELDS = ['bookCount', 'homeWinProb', 'awayWinProb', 'homeSpread', 'total', 'homeImpliedTotal', 'awayImpliedTotal'] as const;

/** Turns an event's consensus into our game's orientation (a swapped neutral-site listing flips sides). */
export function toGameLineRow(gameId: number, c: GameConsensus, swapped: boolean): GameLineRow {
  const bookCount = Math.max(c.h2hBooks, c.spreadBooks, c.totalBooks);
  if (!swapped) {
    return { gameId, bookCount, homeWinProb: c.homeWinProbability, awayWinProb: c.awayWinProbability, homeSpread: c.spreadHome,
      total: c.total, homeImpliedTotal: c.impliedHomeTotal, awayImpliedTotal: c.impliedAwayTotal };
  }
  return { gameId, bookCount, homeWinProb: c.awayWinProbability, awayWinProb: c.homeWinProbability,
    homeSpread: c.spreadHome === null ? null : -c.spreadHome, total: c.total,
    homeImpliedTotal: c.impliedAwayTotal, awayImpliedTotal: c.impliedHomeTotal };
}

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
}

/**
 * Appends a GameLine for each game whose consensus differs from its latest one (re-polling an unchanged
 * market adds nothing). Games without any priced market are skipped. Returns rows added.
 */
export async function storeGameLines(tx: Tx, lines: readonly GameLineRow[], capturedAt: Date): Promise<number> {
  const priced = lines.filter((l) => l.bookCount > 0);
  if (priced.length === 0) return 0;
  const latest = await tx.$queryRaw<GameLineRow[]>`
    SELECT DISTINCT ON ("gameId") "gameId", "bookCount", "homeWinProb", "awayWinProb", "homeSpread", "total",
      "homeImpliedTotal", "awayImpliedTotal"
    FROM "GameLine" WHERE "gameId" = ANY(${priced.map((l) => l.gameId)}::int[])
    ORDER BY "gameId", "capturedAt" DESC, "id" DESC`;
  const byGame = new Map(latest.map((row) => [row.gameId, row]));
  const changed = priced.filter((l) => {
    const prev = byGame.get(l.gameId);
    return !prev || FIELDS.some((f) => !same(prev[f], l[f]));
  });
  if (changed.length === 0) return 0;
  await tx.$executeRaw`
    INSERT INTO "GameLine" ("gameId", "bookCount", "homeWinProb", "awayWinProb", "homeSpread", "total",
      "homeImpliedTotal", "awayImpliedTotal", "capturedAt")
    SELECT r.*, ${utcText(capturedAt)}::timestamp(3) FROM unnest(
      ${changed.map((l) => l.gameId)}::int[], ${changed.map((l) => l.bookCount)}::int[],
      ${changed.map((l) => l.homeWinProb)}::float8[], ${changed.map((l) => l.awayWinProb)}::float8[],
      ${changed.map((l) => l.homeSpread)}::float8[], ${changed.map((l) => l.total)}::float8[],
      ${changed.map((l) => l.homeImpliedTotal)}::float8[], ${changed.map((l) => l.awayImpliedTotal)}::float8[]) AS r`;
  return changed.length;
}
