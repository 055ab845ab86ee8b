/**
 * The optimizer owns LineupSet, Lineup and LineupPlayer: every read and write of those tables by other modules
 * (the API's lineup-set endpoints, the dashboard, contest checks, the injury monitor's swap flags) goes through
 * these functions. Shaping for a caller (job ids, views) stays with the caller.
 */
import type { Db } from '../../core/db.js';

/** The columns of a set in lists and detail. */
export const lineupSetSelect = {
  id: true, slateId: true, projectionSetId: true, status: true, requested: true, progress: true, rules: true, error: true,
  createdAt: true, finishedAt: true, _count: { select: { lineups: true } },
} as const;

export interface LineupSetRow {
  id: number; slateId: number; projectionSetId: number | null; status: string; requested: number; progress: number; rules: unknown;
  error: string | null; createdAt: Date; finishedAt: Date | null; _count: { lineups: number };
}

/** A user's sets, newest first, one page, and how many there are in all. */
export async function findUserLineupSets(db: Db, where: { userId: number; slateId?: number }, page: { limit: number; offset: number }): Promise<{ rows: LineupSetRow[]; total: number }> {
  const filter = { userId: where.userId, ...(where.slateId ? { slateId: where.slateId } : {}) };
  const [rows, total] = await Promise.all([
    db.lineupSet.findMany({ where: filter, select: lineupSetSelect, orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    db.lineupSet.count({ where: filter }),
  ]);
  return { rows, total };
}

/** One of the user's sets with its report; null when it is not theirs or gone. */
export async function findUserLineupSet(db: Db, id: number, userId: number): Promise<(LineupSetRow & { report: unknown }) | null> {
  return db.lineupSet.findFirst({ where: { id, userId }, select: { ...lineupSetSelect, report: true } });
}

/** The site, sport and game type of one of the user's sets (for its upload file); null when not theirs. */
export async function findUserLineupSetSlate(db: Db, id: number, userId: number): Promise<{ site: string; gameType: string; sport: string } | null> {
  const set = await db.lineupSet.findFirst({ where: { id, userId }, select: { slate: { select: { site: true, gameType: true, sport: { select: { code: true } } } } } });
  return set ? { site: set.slate.site, gameType: set.slate.gameType, sport: set.slate.sport.code } : null;
}

/** A set's lineups in build order with their players in slot order; none while the set is being stored or was cancelled. */
export async function findSetLineups(db: Db, lineupSetId: number) {
  return db.lineup.findMany({
    where: { lineupSetId, lineupSet: { status: { notIn: ['queued', 'running', 'cancelled'] } } }, orderBy: { index: 'asc' },
    select: {
      index: true, salary: true, projection: true, ownership: true, needsSwap: true, swapReason: true,
      players: {
        orderBy: { slot: 'asc' },
        select: { slot: true, slotName: true, slatePlayerId: true },
      },
    },
  });
}

/** How many lineups a set holds. */
export async function countLineups(db: Db, lineupSetId: number): Promise<number> {
  return db.lineup.count({ where: { lineupSetId } });
}

/** Per set: its name and how many of its lineups need a swap (a player ruled out since it was built). */
export async function findLineupSetExtras(db: Db, ids: readonly number[]): Promise<Map<number, { name: string | null; needsSwap: number }>> {
  const [swaps, names] = await Promise.all([
    db.lineup.groupBy({ by: ['lineupSetId'], where: { lineupSetId: { in: [...ids] }, needsSwap: true }, _count: { _all: true } }),
    db.lineupSet.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } }),
  ]);
  const swapBy = new Map(swaps.map((s) => [s.lineupSetId, s._count._all]));
  return new Map(names.map((n) => [n.id, { name: n.name, needsSwap: swapBy.get(n.id) ?? 0 }]));
}

/** Lineups by id among the user's own sets, each with its players' names in slot order. */
export async function findUserLineupsById(db: Db, ids: readonly number[], userId: number): Promise<{ id: number; index: number; players: string[] }[]> {
  const rows = await db.lineup.findMany({
    where: { id: { in: [...ids] }, lineupSet: { userId } },
    select: { id: true, index: true, players: { select: { slatePlayer: { select: { name: true } } }, orderBy: { slot: 'asc' } } },
  });
  return rows.map((r) => ({ id: r.id, index: r.index, players: r.players.map((p) => p.slatePlayer.name) }));
}

/** Queues a new set for a build. */
export async function createQueuedLineupSet(db: Db, data: { slateId: number; userId: number; projectionSetId: number | null; requested: number; rules: object }): Promise<{ id: number }> {
  return db.lineupSet.create({ data: { ...data, status: 'queued' }, select: { id: true } });
}

/** The user's sets still queued or building, besides `exceptId`. */
export async function countUnfinishedLineupSets(db: Db, userId: number, exceptId: number): Promise<number> {
  return db.lineupSet.count({ where: { userId, status: { in: ['queued', 'running'] }, id: { not: exceptId } } });
}

/** Marks a queued or running set cancelled; false when it had already finished (or is gone). */
export async function cancelLineupSetRow(db: Db, id: number): Promise<boolean> {
  const { count } = await db.lineupSet.updateMany({ where: { id, status: { in: ['queued', 'running'] } }, data: { status: 'cancelled', finishedAt: new Date() } });
  return count === 1;
}

export async function renameLineupSet(db: Db, id: number, name: string | null): Promise<void> {
  await db.lineupSet.update({ where: { id }, data: { name } });
}

export async function deleteLineupSet(db: Db, id: number): Promise<void> {
  await db.lineupSet.delete({ where: { id } });
}
