/**
 * Heartbeats for running jobs. pg-boss 10 only notices a dead worker when the job's expiration passes (15-30
 * minutes for our long jobs), and keeps it 'active' until then, where Retry refuses it. So every worker holds a
 * lease row per running job and renews it every few seconds; a reaper in each worker process fails active jobs
 * whose lease went stale, and pg-boss retries them with their policy. Jobs are idempotent (keyed by run and chunk),
 * so the retry does not duplicate results.
 */
import type PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';

/** Timings derived from the stale threshold: beat four times per threshold, look three times per threshold. */
export function leaseTimings(staleAfterSeconds: number): { beatMs: number; reapMs: number; staleSeconds: number } {
  return { beatMs: Math.max(500, (staleAfterSeconds * 1000) / 4), reapMs: Math.max(500, (staleAfterSeconds * 1000) / 3), staleSeconds: staleAfterSeconds };
}

/** How often a running job looks whether it was cancelled. */
export const CANCEL_POLL_MS = 1_000;

/**
 * Takes the lease of a job this process starts; returns the release (stops beating, drops the row) and a signal
 * aborted once the job is cancelled in pg-boss, so the handler can stop its work within seconds.
 */
export async function holdLease(boss: PgBoss, queue: string, jobId: string, staleAfterSeconds: number, logger: Logger): Promise<{ release: () => Promise<void>; signal: AbortSignal }> {
  const sql = boss.getDb();
  await sql.executeSql(
    `INSERT INTO "JobLease" ("jobId", "queue", "beatAt") VALUES ($1, $2, now())
     ON CONFLICT ("jobId") DO UPDATE SET "queue" = EXCLUDED."queue", "beatAt" = now()`,
    [jobId, queue],
  );
  const timer = setInterval(() => {
    sql.executeSql('UPDATE "JobLease" SET "beatAt" = now() WHERE "jobId" = $1', [jobId])
      .catch((error: unknown) => logger.warn({ jobId, err: (error as Error).message }, 'job heartbeat failed'));
  }, leaseTimings(staleAfterSeconds).beatMs);
  timer.unref();
  const cancelled = new AbortController();
  const watch = setInterval(() => {
    sql.executeSql('SELECT state FROM pgboss.job WHERE name = $1 AND id = $2::uuid', [queue, jobId])
      .then(({ rows }) => {
        if ((rows[0] as { state?: string } | undefined)?.state === 'cancelled' && !cancelled.signal.aborted) cancelled.abort(new JobCancelledError(jobId));
      })
      .catch(() => undefined);
  }, CANCEL_POLL_MS);
  watch.unref();
  return {
    signal: cancelled.signal,
    release: async () => {
      clearInterval(timer);
      clearInterval(watch);
      await sql.executeSql('DELETE FROM "JobLease" WHERE "jobId" = $1', [jobId]).catch(() => undefined);
    },
  };
}

/** What a handler throws (or an abort carries) when its job was cancelled: the worker stops, nothing to retry. */
export class JobCancelledError extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} was cancelled`);
    this.name = 'JobCancelledError';
  }
}

/**
 * Fails the active jobs (of `queues`, or any queue when null) whose worker stopped beating: no lease renewed in
 * `staleSeconds` and started at least that long ago. Returns the jobs it failed.
 */
export async function reapStaleJobs(boss: PgBoss, staleSeconds: number, queues: readonly string[] | null, ids?: readonly string[]): Promise<{ id: string; queue: string }[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT j.id::text AS id, j.name AS queue FROM pgboss.job j
       LEFT JOIN "JobLease" l ON l."jobId" = j.id::text
      WHERE j.state = 'active' AND j.started_on < now() - make_interval(secs => $1)
        AND (l."beatAt" IS NULL OR l."beatAt" < now() - make_interval(secs => $1))
        AND ($2::text[] IS NULL OR j.name = ANY($2::text[]))
        AND ($3::uuid[] IS NULL OR j.id = ANY($3::uuid[]))`,
    [staleSeconds, queues, ids ?? null],
  );
  const stale = rows as { id: string; queue: string }[];
  for (const job of stale) {
    await boss.fail(job.queue, job.id, { message: `its worker stopped (no heartbeat for ${staleSeconds} s): failed so that it runs again` });
    await boss.getDb().executeSql('DELETE FROM "JobLease" WHERE "jobId" = $1', [job.id]);
  }
  return stale;
}

/** Runs the reaper on an interval for the given queues; returns its stop. */
export function startLeaseReaper(boss: PgBoss, queues: readonly string[], staleAfterSeconds: number, logger: Logger): () => void {
  const { reapMs } = leaseTimings(staleAfterSeconds);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    reapStaleJobs(boss, staleAfterSeconds, queues)
      .then((reaped) => { if (reaped.length) logger.warn({ jobs: reaped }, 'jobs of stopped workers failed for retry'); })
      .catch((error: unknown) => logger.warn({ err: (error as Error).message }, 'job reaper failed'))
      .finally(() => { running = false; });
  }, reapMs);
  timer.unref();
  return () => clearInterval(timer);
}
