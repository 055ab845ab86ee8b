import type { ExistingSlatePlayer } from './upsert-slate-players.js';
import { utcText, type Tx } from './tx.js';

/**
 * Takes players the site withdrew (DK disables the draftables of a postponed game) off a slate: rows no lineup holds
 * are deleted (their projections with them); rows a lineup holds stay, ruled OUT with the status change kept, so
 * the lineup is flagged for a swap instead of losing a player silently.
 */
export async function withdrawSlatePlayers(tx: Tx, rows: readonly ExistingSlatePlayer[], now: Date): Promise<{ removed: number; ruledOut: number }> {
  if (rows.length === 0) return { removed: 0, ruledOut: 0 };
  const ids = rows.map((r) => r.id);
  const held = new Set((await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT "slatePlayerId" AS id FROM "LineupPlayer" WHERE "slatePlayerId" = ANY(${ids}::int[])`).map((r) => r.id));
  const free = ids.filter((id) => !held.has(id));
  if (free.length > 0) await tx.$executeRaw`DELETE FROM "SlatePlayer" WHERE "id" = ANY(${free}::int[])`;
  const ruleOut = rows.filter((r) => held.has(r.id) && r.siteStatus !== 'OUT');
  if (ruleOut.length > 0) {
    const at = utcText(now);
    await tx.$executeRaw`
      UPDATE "SlatePlayer" SET "siteStatus" = 'OUT', "injuryNote" = 'disabled by the site', "statusChangedAt" = ${at}::timestamp(3), "updatedAt" = ${at}::timestamp(3)
      WHERE "id" = ANY(${ruleOut.map((r) => r.id)}::int[])`;
    await tx.$executeRaw`
      INSERT INTO "SlatePlayerStatusChange" ("slatePlayerId", "previousStatus", "status", "changedAt")
      SELECT c.id, c.previous, 'OUT', ${at}::timestamp(3) FROM unnest(${ruleOut.map((r) => r.id)}::int[], ${ruleOut.map((r) => r.siteStatus)}::text[]) AS c(id, previous)`;
  }
  return { removed: free.length, ruledOut: held.size };
}
