/**
 * A worker process for the kill -9 test: sends one job of the queue named in argv, works it with a handler that
 * never returns, and prints "started <jobId>" once the job is active. The test then kills this process.
 */
import { z } from 'zod';
import { createDb } from '../../../src/core/db.js';
import { createLogger } from '../../../src/core/logger.js';
import { startBoss, ensureQueues } from '../../../src/core/jobs/boss.js';
import { defineJob, type JobDefinition } from '../../../src/core/jobs/define-job.js';
import { bindSendJob } from '../../../src/core/jobs/send-job.js';
import { startWorkers } from '../../../src/core/jobs/start-workers.js';
import { testConfig } from '../../support/test-config.js';

const [queue = 'test.hang', retryLimit = '1'] = process.argv.slice(2);
const url = process.env.DATABASE_URL ?? '';
const hang = defineJob({
  name: queue, role: 'sim-engine', description: 'never returns',
  schema: z.object({}),
  policy: { retryLimit: Number(retryLimit), retryDelay: 1, retryBackoff: false },
  handler: async (_payload, ctx) => {
    process.stdout.write(`started ${ctx.jobId}\n`);
    await new Promise(() => undefined);
  },
}) as unknown as JobDefinition;

const logger = createLogger('silent');
const boss = await startBoss(url, logger, { supervise: false });
await ensureQueues(boss, [hang], 'test.dead-letter');
const db = createDb(url);
await startWorkers({ boss, db, config: testConfig(url, { JOB_STALE_AFTER_SECONDS: '3' }), logger, send: bindSendJob(boss, [hang]) }, [hang]);
await boss.send(queue, {});
