/**
 * Reading and steering jobs for operators: the CLI's `jobs` commands and the API's admin endpoints share these.
 * pg-boss keeps jobs in `pgboss.job` (and, after retention, `pgboss.archive`); failed jobs stay retryable there.
 */
import type PgBoss from 'pg-boss';
import { AppError } from '../errors.js';
import { reapStaleJobs } from './job-leases.js';

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobRow {
  id: string;
  queue: string;
  state: JobState;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  data: unknown;
  output: unknown;
}

export interface JobFilter { state?: JobState; queue?: string; limit?: number; offset?: number }

interface RawJob {
  id: string; name: string; state: JobState; retry_count: number; retry_limit: number;
  created_on: Date; started_on: Date | null; completed_on: Date | null; data: unknown; output: unknown;
}

/** Jobs newest first, optionally by state and queue. */
export async function listJobs(boss: PgBoss, filter: JobFilter = {}): Promise<JobRow[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, data, output
       FROM pgboss.job
      WHERE ($1::text IS NULL OR state::text = $1) AND ($2::text IS NULL OR name = $2)
      ORDER BY created_on DESC LIMIT $3 OFFSET $4`,
    [filter.state ?? null, filter.queue ?? null, filter.limit ?? 100, filter.offset ?? 0],
  );
  return (rows as RawJob[]).map((r) => ({
    id: r.id, queue: r.name, state: r.state, retryCount: r.retry_count, retryLimit: r.retry_limit,
    createdOn: r.created_on, startedOn: r.started_on, completedOn: r.completed_on, data: r.data, output: r.output,
  }));
}

/** Job counts per queue and state. */
export async function countJobs(boss: PgBoss): Promise<{ queue: string; state: JobState; count: number }[]> {
  const { rows } = await boss.getDb().executeSql(
    'SELECT name AS queue, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY name, state ORDER BY name, state',
    [],
  );
  return rows as { queue: string; state: JobState; count: number }[];
}

async function findJobRow(boss: PgBoss, id: string): Promise<JobRow> {
  // The full UUID shape: 36 hex digits and dashes in any order would reach PostgreSQL's uuid parser and fail there.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('invalid_job_id', `"${id}" is not a job id (a UUID)`);
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, data, output
       FROM pgboss.job WHERE id = $1`,
    [id],
  );
  const row = (rows as RawJob[])[0];
  if (!row) throw new AppError('not_found', `job ${id} not found`);
  return {
    id: row.id, queue: row.name, state: row.state, retryCount: row.retry_count, retryLimit: row.retry_limit,
    createdOn: row.created_on, startedOn: row.started_on, completedOn: row.completed_on, data: row.data, output: row.output,
  };
}

/**
 * Puts a failed (or cancelled) job back in the queue. An 'active' job whose worker stopped beating (killed) is
 * failed first, so Retry works on it at once instead of after its expiration.
 */
export async function retryJob(boss: PgBoss, id: string, staleAfterSeconds = 40): Promise<JobRow> {
  let job = await findJobRow(boss, id);
  if (job.state === 'active' && (await reapStaleJobs(boss, staleAfterSeconds, null, [id])).length > 0) {
    job = await findJobRow(boss, id);
    // Retries left: pg-boss has already queued it again.
    if (job.state === 'retry') return job;
  }
  if (job.state !== 'failed' && job.state !== 'cancelled') {
    throw new AppError('job_not_retryable', `job ${id} is ${job.state}; only failed or cancelled jobs can be retried`);
  }
  if (job.state === 'cancelled') await boss.resume(job.queue, id);
  else await boss.retry(job.queue, id);
  return findJobRow(boss, id);
}

/** Cancels a job that has not finished. */
export async function cancelJob(boss: PgBoss, id: string): Promise<JobRow> {
  const job = await findJobRow(boss, id);
  if (job.state === 'completed' || job.state === 'failed' || job.state === 'cancelled') {
    throw new AppError('not_cancellable', `job ${id} is already ${job.state}`);
  }
  await boss.cancel(job.queue, id);
  return findJobRow(boss, id);
}

export { findJobRow as getJob };
