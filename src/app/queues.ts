/**
 * The app's queues: core's pg-boss helpers bound to the job registry and the dead-letter queue, so core itself
 * never imports the modules whose jobs these are.
 */
import type PgBoss from 'pg-boss';
import { ensureQueues } from '../core/jobs/boss.js';
import type { JobDefinition } from '../core/jobs/define-job.js';
import { bindSendJob, type SendJob } from '../core/jobs/send-job.js';
import { allJobs } from './registry.js';

/** Where a job that failed its last retry is copied, for the admin page. */
export const DEAD_LETTER_QUEUE = 'platform.dead-letter';

/** Creates (or updates) the dead-letter queue and one queue per registered job (or per job of `jobs`). */
export function ensureAppQueues(boss: PgBoss, jobs: readonly JobDefinition[] = allJobs()): Promise<void> {
  return ensureQueues(boss, jobs, DEAD_LETTER_QUEUE);
}

/** The `send` of the roles and the CLI: validates against the registered job's schema, then enqueues. */
export function createSendJob(boss: PgBoss): SendJob {
  return bindSendJob(boss, allJobs());
}
