/**
 * The sim module owns ProjectionSet and Projection: the API's projection-set endpoints, run checks, the dashboard
 * and the other modules read them through these functions. `userId` filters are visibility: the user's own sets
 * and shared ones (no owner); 0 is the anonymous visitor (shared sets only).
 */
import type { Db } from '../../core/db.js';

const visibleTo = (userId: number) => ({ OR: [{ userId: null }, { userId }] });

/** A projection's distribution fields as stored (the slate detail, the set's export). */
export const projectionFieldsSelect = {
  mean: true, median: true, sd: true, floor: true, ceiling: true, p10: true, p25: true, p75: true, p90: true, p99: true,
  boomProb: true, boom4xProb: true, bustProb: true, ownership: true, minExposure: true, maxExposure: true,
} as const;

const summarySelect = {
  id: true, slateId: true, userId: true, name: true, source: true, simulationRunId: true, createdAt: true,
  _count: { select: { projections: true } },
} as const;

export interface ProjectionSetSummaryRow {
  id: number; slateId: number; userId: number | null; name: string; source: string; simulationRunId: number | null; createdAt: Date;
  _count: { projections: number };
}

/** Sets the user may see, newest first, one page, and how many in all. */
export async function findVisibleProjectionSets(db: Db, where: { userId: number; slateId?: number }, page: { limit: number; offset: number }): Promise<{ rows: ProjectionSetSummaryRow[]; total: number }> {
  const filter = { ...visibleTo(where.userId), ...(where.slateId ? { slateId: where.slateId } : {}) };
  const [rows, total] = await Promise.all([
    db.projectionSet.findMany({ where: filter, select: summarySelect, orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    db.projectionSet.count({ where: filter }),
  ]);
  return { rows, total };
}

/** One set the user may see (by id, or the slate's newest with no id); null when there is none. */
export async function findVisibleProjectionSet(db: Db, where: { userId: number; id?: number; slateId?: number }): Promise<ProjectionSetSummaryRow | null> {
  return db.projectionSet.findFirst({
    where: { ...visibleTo(where.userId), ...(where.id ? { id: where.id } : {}), ...(where.slateId ? { slateId: where.slateId } : {}) },
    orderBy: { id: 'desc' }, select: summarySelect,
  });
}

/** A set's projections with their slate players, highest mean first (the set's detail and CSV export). */
export async function findSetProjectionRows(db: Db, projectionSetId: number) {
  return db.projection.findMany({
    where: { projectionSetId },
    select: { ...projectionFieldsSelect, line: true, baselineSource: true, playProbability: true, slatePlayerId: true },
    orderBy: [{ mean: 'desc' }, { slatePlayerId: 'asc' }],
  });
}

/** A set's projection fields per slate player (the slate detail). */
export async function findSetProjectionFields(db: Db, projectionSetId: number) {
  return db.projection.findMany({ where: { projectionSetId }, select: { slatePlayerId: true, ...projectionFieldsSelect } });
}

/** How many projections a set holds. */
export async function countProjections(db: Db, projectionSetId: number): Promise<number> {
  return db.projection.count({ where: { projectionSetId } });
}

/** Whether a set holds simulation draws (what a contest run scores). */
export async function hasDraws(db: Db, projectionSetId: number): Promise<boolean> {
  return (await db.projectionSet.count({ where: { id: projectionSetId, drawCount: { gt: 0 } } })) > 0;
}

/** The slate's sets with draws the user may see, newest first: scalar columns only (draws are megabytes a set). */
export async function findVisibleDrawSets(db: Db, slateId: number, userId: number): Promise<{ id: number; name: string; drawCount: number | null; createdAt: Date }[]> {
  return db.projectionSet.findMany({
    where: { slateId, ...visibleTo(userId), drawCount: { gt: 0 } },
    select: { id: true, name: true, drawCount: true, createdAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

/** Set names by id. */
export async function findProjectionSetNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.projectionSet.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A set's slate and how many draws per row it holds (null: none), or null when the set is gone. */
export async function findSetDrawShape(db: Db, projectionSetId: number): Promise<{ slateId: number; drawCount: number | null } | null> {
  return db.projectionSet.findUnique({ where: { id: projectionSetId }, select: { slateId: true, drawCount: true } });
}
