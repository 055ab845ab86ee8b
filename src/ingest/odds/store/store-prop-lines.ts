import type { PropConsensus } from '../derive/compute-prop-consensus.js';
import { utcText } from './sql-values.js';
import type { Tx } from './upsert-odds-events.js';

/** One player's consensus prop line, tied to our event row and (when matched) canonical player. */
export interface PropLineRow {
  eventId: number;
  playerId: number | null;
  playerName: string;
  market: string;
  line: number | null;
  overProb: number | null;
  vigRemoved: boolean;
  bookCount: number;
}

/** Builds the row for a consensus. */
export function toPropLineRow(eventId: number, playerId: number | null, c: PropConsensus): PropLineRow {
  return { eventId, playerId, playerName: c.player, market: c.market, line: c.line, overProb: c.overProbability,
    vigRemoved: c.vigRemoved, bookCount: c.books };
}

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
}

const keyOf = (r: Pick<PropLineRow, 'eventId' | 'playerName' | 'market'>): string => `${r.eventId}\u0000${r.playerName}\u0000${r.market}`;

/**
 * Appends a PlayerPropLine per (event, player name, market) whose consensus changed since the latest one.
 * A player matched after earlier captures gets them attributed too, so the history reads as one player's.
 */
export async function storePropLines(tx: Tx, rows: readonly PropLineRow[], capturedAt: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const latest = await tx.$queryRaw<PropLineRow[]>`
    SELECT DISTINCT ON ("eventId", "playerName", "market") "eventId", "playerId", "playerName", "market", "line",
      "overProb", "vigRemoved", "bookCount"
    FROM "PlayerPropLine" WHERE "eventId" = ANY(${eventIds}::int[])
    ORDER BY "eventId", "playerName", "market", "capturedAt" DESC, "id" DESC`;
  const prevByKey = new Map(latest.map((r) => [keyOf(r), r]));
  const newlyMatched = rows.filter((r) => r.playerId !== null && prevByKey.get(keyOf(r))?.playerId === null);
  if (newlyMatched.length > 0) {
    await tx.$executeRaw`
      UPDATE "PlayerPropLine" p SET "playerId" = m.player
      FROM unnest(${newlyMatched.map((r) => r.eventId)}::int[], ${newlyMatched.map((r) => r.playerName)}::text[],
        ${newlyMatched.map((r) => r.playerId)}::int[]) AS m(event, name, player)
      WHERE p."eventId" = m.event AND p."playerName" = m.name AND p."playerId" IS NULL`;
  }
  const changed = rows.filter((r) => {
    const prev = prevByKey.get(keyOf(r));
    return !prev || !same(prev.line, r.line) || !same(prev.overProb, r.overProb) || prev.bookCount !== r.bookCount || prev.vigRemoved !== r.vigRemoved;
  });
  if (changed.length === 0) return 0;
  await tx.$executeRaw`
    INSERT INTO "PlayerPropLine" ("eventId", "playerId", "playerName", "market", "line", "overProb", "vigRemoved", "bookCount", "capturedAt")
    SELECT r.*, ${utcText(capturedAt)}::timestamp(3) FROM unnest(
      ${changed.map((r) => r.eventId)}::int[], ${changed.map((r) => r.playerId)}::int[], ${changed.map((r) => r.playerName)}::text[],
      ${changed.map((r) => r.market)}::text[], ${changed.map((r) => r.line)}::float8[], ${changed.map((r) => r.overProb)}::float8[],
      ${changed.map((r) => r.vigRemoved)}::bool[], ${changed.map((r) => r.bookCount)}::int[]) AS r`;
  return changed.length;
}
