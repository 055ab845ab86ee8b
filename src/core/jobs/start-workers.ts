/**
 * Runs the handlers of a set of job definitions on pg-boss. The payload is validated again when worked (a job
 * may have been queued by an older version); a handler that throws lets pg-boss retry with the job's policy and,
 * after the last retry, fail it and copy it to the dead-letter queue.
 */
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Db } from '../db.js';
import type { Logger } from '../logger.js';
import { describeError } from '../errors.js';
import { isLastAttempt, type JobDefinition } from './define-job.js';
import type { SendJob } from './send-job.js';
import { holdLease, JobCancelledError } from './job-leases.js';
import { describeZodError } from '../validation/zod-problems.js';

export interface WorkerDeps { boss: PgBoss; db: Db; config: Config; logger: Logger; send: SendJob }

/** Thrown for a payload that fails its schema: retrying cannot fix it, so the job fails at once. */
class InvalidPayloadError extends Error {}

/** Starts one worker per definition; returns the number started. */
export async function startWorkers(deps: WorkerDeps, definitions: readonly JobDefinition[]): Promise<number> {
  for (const definition of definitions) {
    const log = deps.logger.child({ job: definition.name });
    await deps.boss.work<object>(
      definition.name,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (!job) return undefined;
        const parsed = definition.schema.safeParse(job.data);
        if (!parsed.success) {
          const reason = describeZodError(parsed.error);
          log.error({ jobId: job.id, reason }, 'invalid job payload');
          // No point retrying: pg-boss's fail() still retries while retry_count < retry_limit, so the limit is
          // lowered to the count first and the job fails for good (pg-boss still copies it to the dead-letter queue).
          await deps.boss.getDb().executeSql(
            'UPDATE pgboss.job SET retry_limit = retry_count WHERE name = $1 AND id = $2',
            [definition.name, job.id],
          );
          await deps.boss.fail(definition.name, job.id, { message: `invalid payload: ${reason}` });
          throw new InvalidPayloadError(reason);
        }
        const started = Date.now();
        // The lease's heartbeat tells other processes this worker is alive (see job-leases.ts).
        const { release, signal } = await holdLease(deps.boss, definition.name, job.id, deps.config.JOB_STALE_AFTER_SECONDS, log);
        try {
          const output = await definition.handler(parsed.data, {
            db: deps.db, config: deps.config, logger: log.child({ jobId: job.id }), send: deps.send,
            jobId: job.id, retryCount: job.retryCount, lastAttempt: isLastAttempt(definition, job.retryCount), signal,
          });
          log.info({ jobId: job.id, ms: Date.now() - started }, 'job completed');
          return output ?? null;
        } catch (error) {
          // A cancelled job's state is already final in pg-boss; its handler stopping is the expected outcome.
          if (error instanceof JobCancelledError || signal.aborted) {
            log.info({ jobId: job.id }, 'job cancelled: stopped');
            return null;
          }
          log.warn({ jobId: job.id, retryCount: job.retryCount, err: describeError(error) }, 'job failed');
          throw error;
        } finally {
          await release();
        }
      },
    );
  }
  return definitions.length;
}
