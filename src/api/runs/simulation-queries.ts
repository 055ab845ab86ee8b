/** Simulation runs the user may see (own + shared automatic runs): list, status with progress, results, by job. */
import type PgBoss from 'pg-boss';
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { getJob, type JobRow } from '../../core/jobs/job-admin.js';
import type { PublicUser } from '../auth/users.js';
import { findRunByJobId, findVisibleRun, findVisibleRuns, readRunResult, type SimulationRunRow } from '../../sim/index.js';
import type { Page, Pagination } from '../data/pagination.js';

function toRun(row: SimulationRunRow, user: PublicUser) {
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
  const { rows, total } = await findVisibleRuns(db, { userId: user.id, ...(filter.slateId ? { slateId: filter.slateId } : {}) }, page);
  return { items: rows.map((r) => toRun(r, user)), total, ...page };
}

export async function loadSimulation(db: Db, user: PublicUser, id: number): Promise<SimulationView> {
  const row = await findVisibleRun(db, id, user.id);
  if (!row) throw notFound(`simulation ${id}`);
  return toRun(row, user);
}

/** The stored result of a finished run (409 while it is still running). */
export async function loadSimulationResults(db: Db, user: PublicUser, id: number) {
  const run = await loadSimulation(db, user, id);
  if (run.status !== 'done') throw new AppError('not_finished', `simulation ${id} is ${run.status}; results exist once it is done`, { status: run.status, progress: run.progress });
  return { simulation: run, result: await readRunResult(db, id) };
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
  const row = await findRunByJobId(db, jobId);
  return { job: toJobView(job), simulation: row ? toRun(row, user) : null };
}
