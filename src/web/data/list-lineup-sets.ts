/** Read-only: a slate's lineup sets the user owns, newest first, with how many lineups need a swap. */
import type { Db } from '../../core/db.js';

export interface LineupSetSummary {
  id: number;
  status: string;
  requested: number;
  lineupCount: number;
  needsSwap: number;
  progress: number;
  projectionSetName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

export async function listLineupSets(db: Db, slateId: number, userId: number, limit = 30): Promise<LineupSetSummary[]> {
  const sets = await db.lineupSet.findMany({
    where: { slateId, userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    include: { projectionSet: { select: { name: true } }, _count: { select: { lineups: true } } },
  });
  const swaps = sets.length
    ? await db.lineup.groupBy({ by: ['lineupSetId'], where: { lineupSetId: { in: sets.map((s) => s.id) }, needsSwap: true }, _count: { _all: true } })
    : [];
  const swapBy = new Map(swaps.map((s) => [s.lineupSetId, s._count._all]));
  return sets.map((s) => ({
    id: s.id, status: s.status, requested: s.requested, lineupCount: s._count.lineups, needsSwap: swapBy.get(s.id) ?? 0,
    progress: s.progress, projectionSetName: s.projectionSet?.name ?? null, createdAt: s.createdAt, finishedAt: s.finishedAt, error: s.error,
  }));
}
