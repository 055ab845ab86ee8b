/** pg-boss in the platform's own database (schema `pgboss`), with every registered queue created at start. */
import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';
import { policyOf, type JobDefinition } from './define-job.js';

/** Starts pg-boss (installing or upgrading its schema when needed). */
export async function startBoss(url: string, logger: Logger, options: { schedule?: boolean; supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 5,
    application_name: 'sportsdata',
    // croner sends our scheduled jobs; pg-boss's own cron stays off.
    schedule: options.schedule ?? false,
    supervise: options.supervise ?? true,
    // Failed jobs stay visible (and retryable) in the job table for a week before archiving.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on('error', (error: Error) => {
    // 57P01: the server is shutting down (the embedded PostgreSQL stopping after us); nothing to report.
    if ((error as { code?: string }).code === '57P01') return;
    logger.error({ err: error }, 'pg-boss error');
  });
  await boss.start();
  return boss;
}

/**
 * Creates (or updates the policy of) the dead-letter queue and one queue per job definition, each failing over to
 * `deadLetter` (the app names it: src/app/queues.ts).
 */
export async function ensureQueues(boss: PgBoss, definitions: readonly JobDefinition[], deadLetter: string): Promise<void> {
  await boss.createQueue(deadLetter, { name: deadLetter, retentionMinutes: 30 * 24 * 60 });
  for (const definition of definitions) {
    const policy = policyOf(definition);
    const queue: PgBoss.Queue = {
      name: definition.name,
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelay,
      retryBackoff: policy.retryBackoff,
      expireInSeconds: policy.expireInSeconds,
      deadLetter,
    };
    await boss.createQueue(definition.name, queue);
    await boss.updateQueue(definition.name, queue);
  }
}
