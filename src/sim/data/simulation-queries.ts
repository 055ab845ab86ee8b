/**
 * The sim module owns SimulationRun: the API's simulation endpoints, cancels and the dashboard read runs through
 * these functions. `userId` filters are visibility (own runs and shared automatic runs).
 */
import type { Db } from '../../core/db.js';

const visibleTo = (userId: number) => ({ OR: [{ userId: null }, { userId }] });

export const simulationRunSelect = {
  id: true, kind: true, slateId: true, userId: true, status: true, seed: true, sims: true, chunkCount: true, chunksDone: true,
  params: true, error: true, createdAt: true, startedAt: true, finishedAt: true, projectionSet: { select: { id: true } },
} as const;

export interface SimulationRunRow {
  id: number; kind: string; slateId: number; userId: number | null; status: string; seed: bigint; sims: number; chunkCount: number;
  chunksDone: number; params: unknown; error: string | null; createdAt: Date; startedAt: Date | null; finishedAt: Date | null;
  projectionSet: { id: number } | null;
}

/** Runs the user may see, newest first, one page, and how many in all. */
export async function findVisibleRuns(db: Db, where: { userId: number; slateId?: number }, page: { limit: number; offset: number }): Promise<{ rows: SimulationRunRow[]; total: number }> {
  const filter = { ...visibleTo(where.userId), ...(where.slateId ? { slateId: where.slateId } : {}) };
  const [rows, total] = await Promise.all([
    db.simulationRun.findMany({ where: filter, select: simulationRunSelect, orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    db.simulationRun.count({ where: filter }),
  ]);
  return { rows, total };
}

/** One run the user may see, or null. */
export async function findVisibleRun(db: Db, id: number, userId: number): Promise<SimulationRunRow | null> {
  return db.simulationRun.findFirst({ where: { id, ...visibleTo(userId) }, select: simulationRunSelect });
}

/** A run's stored result (null until done). */
export async function readRunResult(db: Db, id: number): Promise<unknown> {
  const row = await db.simulationRun.findUniqueOrThrow({ where: { id }, select: { result: true } });
  return row.result ?? null;
}

/** The run a sim-engine worker created for a job, or null while the job waits. */
export async function findRunByJobId(db: Db, jobId: string): Promise<SimulationRunRow | null> {
  return db.simulationRun.findFirst({ where: { params: { path: ['jobId'], equals: jobId } }, select: simulationRunSelect });
}

/** Of these job ids, the ones whose run exists on the slate (the job has started). */
export async function findStartedJobIds(db: Db, slateId: number, jobIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ jobId: string }[]>`
    SELECT "params"->>'jobId' AS "jobId" FROM "SimulationRun"
     WHERE "slateId" = ${slateId} AND "params"->>'jobId' = ANY(${[...jobIds]}::text[])`;
  return new Set(rows.map((r) => r.jobId));
}

/** A run's status and job params, when `userId` owns it (null: any run, for admins). */
export async function findRunForCancel(db: Db, id: number, userId: number | null): Promise<{ status: string; params: unknown } | null> {
  return db.simulationRun.findFirst({ where: { id, ...(userId === null ? {} : { userId }) }, select: { status: true, params: true } });
}
