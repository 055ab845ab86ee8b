import type { Db } from '../../core/db.js';
import type { Lineup } from '../types.js';

/** Progress and status writes of a lineup set (the only table this module writes). */
export async function markLineupSet(db: Db, id: number, data: { status?: string; progress?: number; error?: string | null; report?: object; finishedAt?: Date }): Promise<void> {
  await db.lineupSet.update({ where: { id }, data });
}

/** A set's status, or null when it is gone (a running build looks every second: the owner may cancel it). */
export async function readLineupSetStatus(db: Db, id: number): Promise<string | null> {
  const row = await db.lineupSet.findUnique({ where: { id }, select: { status: true } });
  return row?.status ?? null;
}

/** Takes a queued (or retried) set to running; false when it was cancelled or is gone, so nothing is built. */
export async function markRunning(db: Db, id: number): Promise<boolean> {
  const { count } = await db.lineupSet.updateMany({ where: { id, status: { in: ['queued', 'running', 'failed'] } }, data: { status: 'running', progress: 0, error: null } });
  return count === 1;
}

/** A cancelled build keeps no lineups: the set says 'cancelled' (unless it finished first) and holds none. */
export async function markCancelled(db: Db, id: number): Promise<void> {
  await db.lineupSet.updateMany({ where: { id, status: { not: 'done' } }, data: { status: 'cancelled', finishedAt: new Date() } });
  const set = await db.lineupSet.findUnique({ where: { id }, select: { status: true } });
  if (set?.status === 'cancelled') await db.lineup.deleteMany({ where: { lineupSetId: id } });
}

/** Lineups written per statement pair (lineups, then their players). */
export const STORE_BATCH = 500;

/**
 * Stores the set's lineups and marks it done. Big sets (10,000 lineups) would not fit Prisma's 5 s interactive
 * transaction, so the lineups go in batches of plain statements while the set still says 'running' (readers show
 * a running set's lineups to nobody), and the set flips to 'done' in one statement at the end, only if it is still
 * running: a set cancelled (or deleted) meanwhile gets its lineups removed and false is returned. A job that runs
 * twice deletes the first attempt's lineups first, so one copy remains.
 */
export async function storeLineups(db: Db, id: number, lineups: Lineup[], slatePlayerIds: Map<string, number>, report: object): Promise<boolean> {
  const rows = lineups.map((l) => ({
    lineup: { lineupSetId: id, index: l.index, salary: Math.round(l.salary), projection: l.projection, ownership: l.ownershipSum },
    players: l.slots.map((s) => {
      const slatePlayerId = slatePlayerIds.get(s.player.id);
      if (slatePlayerId === undefined) throw new Error(`lineup ${l.index}: player ${s.player.id} has no slate row`);
      return { slot: s.slotIndex, slotName: s.slot, slatePlayerId };
    }),
  }));
  await db.lineup.deleteMany({ where: { lineupSetId: id } });
  for (let start = 0; start < rows.length; start += STORE_BATCH) {
    if (!(await stillRunning(db, id))) return abandon(db, id);
    const batch = rows.slice(start, start + STORE_BATCH);
    const created = await db.lineup.createManyAndReturn({ data: batch.map((b) => b.lineup), select: { id: true, index: true } });
    const idByIndex = new Map(created.map((c) => [c.index, c.id]));
    await db.lineupPlayer.createMany({ data: batch.flatMap((b) => b.players.map((p) => ({ ...p, lineupId: idByIndex.get(b.lineup.index)! }))) });
  }
  const { count } = await db.lineupSet.updateMany({ where: { id, status: 'running' }, data: { status: 'done', progress: 1, error: null, report, finishedAt: new Date() } });
  if (count === 0) return abandon(db, id);
  return true;
}

async function stillRunning(db: Db, id: number): Promise<boolean> {
  const set = await db.lineupSet.findUnique({ where: { id }, select: { status: true } });
  return set?.status === 'running';
}

async function abandon(db: Db, id: number): Promise<false> {
  await db.lineup.deleteMany({ where: { lineupSetId: id } });
  return false;
}
