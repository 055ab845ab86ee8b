/** Read-only for the admin page: job counts by queue and state, a filtered job list, and provider health. */
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { countJobs, JOB_STATES, listJobs, type JobRow, type JobState } from '../../core/jobs/job-admin.js';
import { listProviderStatuses } from '../../core/data/provider-status.js';
import { readPollHealth } from '../../ingest/odds/index.js';

export const JobsQuerySchema = z.object({
  state: z.enum(JOB_STATES).optional().catch(undefined),
  queue: z.string().max(100).optional().catch(undefined).transform((q) => (q ? q : undefined)),
});
export type JobsQuery = z.infer<typeof JobsQuerySchema>;

export interface QueueCounts { queue: string; counts: Record<JobState, number>; total: number }
export interface JobListRow extends JobRow { error: string | null }
export interface ProviderHealth { provider: string; lastSuccessAt: Date | null; lastErrorAt: Date | null; lastError: string | null; healthy: boolean | null; note?: string }

/** The message of a failed job: pg-boss stores the thrown error (or what the handler returned) as output. */
export function jobError(job: JobRow): string | null {
  if (job.state !== 'failed' && job.state !== 'retry') return null;
  const output = job.output as { message?: unknown; value?: unknown } | string | null;
  if (!output) return job.state === 'failed' ? 'failed without an error message (expired or cancelled by the worker)' : null;
  if (typeof output === 'string') return output;
  if (typeof output.message === 'string') return output.message;
  if (typeof output.value === 'string') return output.value;
  return JSON.stringify(output).slice(0, 500);
}

export async function loadQueueCounts(boss: PgBoss): Promise<QueueCounts[]> {
  const byQueue = new Map<string, QueueCounts>();
  for (const row of await countJobs(boss)) {
    const entry = byQueue.get(row.queue) ?? { queue: row.queue, counts: Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>, total: 0 };
    entry.counts[row.state] = row.count;
    entry.total += row.count;
    byQueue.set(row.queue, entry);
  }
  return [...byQueue.values()].sort((a, b) => a.queue.localeCompare(b.queue));
}

/** Jobs newest first; failed jobs carry their error message. */
export async function loadJobList(boss: PgBoss, query: JobsQuery, limit = 100): Promise<JobListRow[]> {
  const jobs = await listJobs(boss, { ...query, limit });
  return jobs.map((j) => ({ ...j, error: jobError(j) }));
}

const isHealthy = (success: Date | null, error: Date | null): boolean | null =>
  success === null && error === null ? null : error === null || (success !== null && success > error);

/**
 * Healthy when the last success is newer than the last error; null when the provider never reported. The odds
 * poller records each attempt in OddsPoll (with the API quota) rather than in ProviderStatus, so it is read there.
 */
export async function loadProviderHealth(db: Db): Promise<ProviderHealth[]> {
  const [rows, { lastOk, lastFailed, requestsRemaining }] = await Promise.all([listProviderStatuses(db), readPollHealth(db)]);
  const health: ProviderHealth[] = rows.map((r) => ({
    provider: r.provider, lastSuccessAt: r.lastSuccessAt, lastErrorAt: r.lastErrorAt, lastError: r.lastError, healthy: isHealthy(r.lastSuccessAt, r.lastErrorAt),
  }));
  if (lastOk || lastFailed) {
    const successAt = lastOk?.finishedAt ?? null;
    const errorAt = lastFailed ? lastFailed.finishedAt ?? lastFailed.startedAt : null;
    health.push({
      provider: 'odds-api (polls)', lastSuccessAt: successAt, lastErrorAt: errorAt, lastError: lastFailed?.error ?? null, healthy: isHealthy(successAt, errorAt),
      ...(requestsRemaining !== null ? { note: `${requestsRemaining} requests left this month` } : {}),
    });
  }
  return health;
}
