/**
 * When jobs are sent, then they are worked: completed on success, retried on failure and finally failed and
 * copied to the dead-letter queue; a stop waits for a job in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { defineJob, type JobDefinition } from '../../src/core/jobs/define-job.js';
import { noopHandle } from '../../src/core/role-context.js';
import { createLogger } from '../../src/core/logger.js';
import { getJob, listJobs } from '../../src/core/jobs/job-admin.js';
import { DEAD_LETTER_QUEUE } from '../../src/app/queues.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { waitFor } from '../support/wait-for.js';

const worked: string[] = [];
let releaseSlowJob: () => void = () => undefined;
const slowJobStarted = { value: false };

const echo = defineJob({
  name: 'test.echo', role: 'sim-engine', description: 'returns its input',
  schema: z.object({ word: z.string() }),
  handler: async ({ word }) => {
    worked.push(word);
    return { echoed: word };
  },
});
const broken = defineJob({
  name: 'test.broken', role: 'sim-engine', description: 'always throws',
  schema: z.object({}),
  policy: { retryLimit: 2, retryDelay: 1, retryBackoff: false },
  handler: async () => {
    throw new Error('provider said no');
  },
});
const slow = defineJob({
  name: 'test.slow', role: 'sim-engine', description: 'waits until released',
  schema: z.object({}),
  handler: async () => {
    slowJobStarted.value = true;
    await new Promise<void>((resolve) => { releaseSlowJob = resolve; });
    return { finished: true };
  },
});
const testJobs = [echo, broken, slow] as unknown as JobDefinition[];

let t: TestDb;
let platform: Platform;

beforeAll(async () => {
  t = await createTestDb();
  platform = await startPlatform({
    config: testConfig(t.url),
    roles: ['sim-engine'],
    logger: createLogger('silent'),
    loaders: { 'sim-engine': async () => ({ start: async () => noopHandle }) },
    jobs: testJobs,
  });
});
afterAll(async () => {
  releaseSlowJob();
  await platform?.stop();
  await t?.drop();
});

describe('jobs', () => {
  it('when a job is sent, then it is worked and completed with its output', async () => {
    const id = await platform.boss.send('test.echo', { word: 'hello' });
    expect(id).toBeTruthy();
    const job = await waitFor(async () => {
      const row = await getJob(platform.boss, id as string);
      return row.state === 'completed' ? row : undefined;
    });
    expect(worked).toContain('hello');
    expect(job.output).toEqual({ echoed: 'hello' });
  });

  it('when a handler keeps throwing, then the job is retried to its limit, failed and dead-lettered', async () => {
    const id = await platform.boss.send('test.broken', {});
    const job = await waitFor(async () => {
      const row = await getJob(platform.boss, id as string);
      return row.state === 'failed' ? row : undefined;
    }, { timeoutMs: 30_000 });
    expect(job.retryCount).toBe(2);
    expect(JSON.stringify(job.output)).toContain('provider said no');
    const dead = await waitFor(async () => {
      const rows = await listJobs(platform.boss, { queue: DEAD_LETTER_QUEUE });
      return rows.length > 0 ? rows : undefined;
    });
    expect(dead[0]?.queue).toBe(DEAD_LETTER_QUEUE);
  });

  it('when a payload does not fit the schema, then sending is refused before it reaches the queue', async () => {
    const send = platform.send as unknown as (name: string, payload: unknown) => Promise<string | null>;
    await expect(send('platform.purge-expired-sessions', { unexpected: 1 })).rejects.toThrow(/payload for platform.purge-expired-sessions/);
    await expect(send('no.such-job', {})).rejects.toThrow(/no job named no.such-job/);
  });

  it('when a queued payload does not fit the schema when worked, then the job fails at once, without retries', async () => {
    // Sent around the typed sender, as an older version of the code could have queued it.
    const id = await platform.boss.send('test.echo', { word: 5 }, { retryLimit: 3, retryDelay: 1 });
    const job = await waitFor(async () => {
      const row = await getJob(platform.boss, id as string);
      return row.state === 'failed' ? row : undefined;
    }, { timeoutMs: 30_000 });
    expect(job.retryCount).toBe(0);
    expect(JSON.stringify(job.output)).toContain('invalid payload: word');
    expect(worked).not.toContain(5);
  });

  it('when the platform stops during a job, then the job finishes before the workers stop', async () => {
    const id = await platform.boss.send('test.slow', {});
    await waitFor(async () => (slowJobStarted.value ? true : undefined));
    const stopping = platform.stop();
    // The stop must wait for the in-flight job rather than abandon it.
    setTimeout(() => releaseSlowJob(), 300);
    await stopping;
    const { default: PgBoss } = await import('pg-boss');
    const reader = new PgBoss({ connectionString: t.url, supervise: false, schedule: false });
    await reader.start();
    try {
      const row = await getJob(reader, id as string);
      expect(row.state).toBe('completed');
    } finally {
      await reader.stop({ graceful: false, wait: true });
    }
  });
});

describe('singleton keys', () => {
  it('when a job with the same key is still queued, then a second send is a no-op', async () => {
    const t2 = await createTestDb();
    const { startBoss } = await import('../../src/core/jobs/boss.js');
    const { createSendJob, ensureAppQueues } = await import('../../src/app/queues.js');
    const boss = await startBoss(t2.url, createLogger('silent'), { supervise: false });
    try {
      await ensureAppQueues(boss);
      const send = createSendJob(boss);
      const first = await send('platform.purge-expired-sessions', {}, { singletonKey: 'nightly' });
      const second = await send('platform.purge-expired-sessions', {}, { singletonKey: 'nightly' });
      const other = await send('platform.purge-expired-sessions', {}, { singletonKey: 'other' });
      expect(first).toBeTruthy();
      expect(second).toBeNull();
      expect(other).toBeTruthy();
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await t2.drop();
    }
  });
});
