/** Simulation runs the user may see (own + shared automatic runs): list, status with progress, results, by job. */
import type PgBoss from 'pg-boss';
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { getJob, type JobRow } from '../../core/jobs/job-admin.js';
import type { PublicUser } from '../auth/users.js';
import { visibleTo } from '../data/ownership.js';
import type { Page, Pagination } from '../data/pagination.js';

const runSelect = {
  id: true, kind: true, slateId: true, userId: true, status: true, seed: true, sims: true, chunkCount: true, chunksDone: true,
  params: true, error: true, createdAt: true, startedAt: true, finishedAt: true, projectionSet: { select: { id: true } },
} as const;

type RunRow = {
  id: number; kind: string; slateId: number; userId: number | null; status: string; seed: bigint; sims: number; chunkCount: number;
  chunksDone: number; params: unknown; error: string | null; createdAt: Date; startedAt: Date | null; finishedAt: Date | null;
  projectionSet: { id: number } | null;
};

function toRun(row: RunRow, user: PublicUser) {
  const { seed, projectionSet, userId, params, ...rest } = row;
  const jobId = params && typeof params === 'object' && 'jobId' in params ? String((params as { jobId: unknown }).jobId) : null;
  return {
    ...rest, seed: seed.toString(), owned: userId === user.id, jobId,
    progress: row.status === 'done' ? 1 : row.chunkCount > 0 ? row.chunksDone / row.chunkCount : 0,
    projectionSetId: projectionSet?.id ?? null,
  };
}
export type SimulationView = ReturnType<typeof toRun>;

export async function listSimulations(db: Db, user: PublicUser, filter: { slateId?: number }, page: Pagination): Promise<Page<SimulationView>> {
  const where = { ...visibleTo(user), ...(filter.slateId ? { slateId: filter.slateId } : {}) };
  const [rows, total] = await Promise.all([
    db.simulationRun.findMany({ where, select: runSelect, orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    db.simulationRun.count({ where }),
  ]);
  return { items: rows.map((r) => toRun(r, user)), total, ...page };
}

export async function loadSimulation(db: Db, user: PublicUser, id: number): Promise<SimulationView> {
  const row = await db.simulationRun.findFirst({ where: { id, ...visibleTo(user) }, select: runSelect });
  if (!row) throw notFound(`simulation ${id}`);
  return toRun(row, user);
}

/** The stored result of a finished run (409 while it is still running). */
export async function loadSimulationResults(db: Db, user: PublicUser, id: number) {
  const run = await loadSimulation(db, user, id);
  if (run.status !== 'done') throw new AppError('not_finished', `simulation ${id} is ${run.status}; results exist once it is done`, { status: run.status, progress: run.progress });
  const row = await db.simulationRun.findUniqueOrThrow({ where: { id }, select: { result: true } });
  return { simulation: run, result: row.result ?? null };
}

export interface JobView { id: string; queue: string; state: string; retryCount: number; retryLimit: number; createdOn: Date; startedOn: Date | null; completedOn: Date | null; output: unknown }

export const toJobView = (job: JobRow): JobView => ({
  id: job.id, queue: job.queue, state: job.state, retryCount: job.retryCount, retryLimit: job.retryLimit,
  createdOn: job.createdOn, startedOn: job.startedOn, completedOn: job.completedOn, output: job.output ?? null,
});

/** A simulation job the user started and its run (null until a sim-engine worker has planned it). */
export async function loadSimulationJob(db: Db, boss: PgBoss, user: PublicUser, jobId: string) {
  const job = await getJob(boss, jobId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'invalid_job_id') throw notFound(`simulation job ${jobId}`);
    throw error;
  });
  const data = job.data as { userId?: unknown } | null;
  if (!job.queue.startsWith('sim-engine.run-') || data?.userId !== user.id) throw notFound(`simulation job ${jobId}`);
  const row = await db.simulationRun.findFirst({ where: { params: { path: ['jobId'], equals: jobId } }, select: runSelect });
  return { job: toJobView(job), simulation: row ? toRun(row, user) : null };
}
