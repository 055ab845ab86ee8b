/**
 * Issue 18 item 7: a worker killed with kill -9 mid-job leaves the job 'active' in pg-boss. Its lease stops
 * beating, so another worker process's reaper fails it within JOB_STALE_AFTER_SECONDS and it runs again (once);
 * a job with no retries left becomes failed, and Retry works on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { defineJob, type JobDefinition } from '../../src/core/jobs/define-job.js';
import { noopHandle } from '../../src/core/role-context.js';
import { createLogger } from '../../src/core/logger.js';
import { getJob, retryJob } from '../../src/core/jobs/job-admin.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { waitFor } from '../support/wait-for.js';

const completions: string[] = [];
const finishing = (name: string, retryLimit: number): JobDefinition => defineJob({
  name, role: 'sim-engine', description: 'completes',
  schema: z.object({}),
  policy: { retryLimit, retryDelay: 1, retryBackoff: false },
  handler: async (_payload, ctx) => {
    completions.push(ctx.jobId);
    return { done: true };
  },
}) as unknown as JobDefinition;

let t: TestDb;
let platform: Platform | undefined;
const children: ChildProcess[] = [];

/** Starts the hanging worker process and resolves with the id of the job it is stuck in. */
async function hangingWorker(queue: string, retryLimit: number): Promise<{ child: ChildProcess; jobId: string }> {
  const script = join(import.meta.dirname, 'support', 'hanging-worker.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, queue, String(retryLimit)], { env: { ...process.env, DATABASE_URL: t.url } });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const jobId = await waitFor(async () => /started ([0-9a-f-]{36})/.exec(output)?.[1], { timeoutMs: 60_000, intervalMs: 100 });
  return { child, jobId };
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function startOtherWorker(jobs: JobDefinition[]): Promise<Platform> {
  return startPlatform({
    config: testConfig(t.url, { JOB_STALE_AFTER_SECONDS: '3' }),
    roles: ['sim-engine'],
    logger: createLogger('silent'),
    loaders: { 'sim-engine': async () => ({ start: async () => noopHandle }) },
    jobs,
  });
}

beforeAll(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await platform?.stop();
  platform = undefined;
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await t?.drop();
});

describe('a worker killed mid-job', () => {
  it('when the worker is killed with kill -9, then another worker runs the job within a minute, once', async () => {
    const { child, jobId } = await hangingWorker('test.killed', 2);
    await kill9(child);
    const killedAt = Date.now();
    platform = await startOtherWorker([finishing('test.killed', 2)]);
    const done = await waitFor(async () => {
      const job = await getJob(platform!.boss, jobId);
      return job.state === 'completed' ? job : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250 });
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    expect(done.retryCount).toBe(1);
    expect(completions.filter((id) => id === jobId)).toHaveLength(1);
  }, 120_000);

  it('when the killed job has no retries left, then it becomes failed and Retry runs it', async () => {
    const { child, jobId } = await hangingWorker('test.killed-last', 0);
    await kill9(child);
    platform = await startOtherWorker([finishing('test.killed-last', 0)]);
    await waitFor(async () => ((await getJob(platform!.boss, jobId)).state === 'failed' ? true : undefined), { timeoutMs: 60_000, intervalMs: 250 });
    await retryJob(platform.boss, jobId, 3);
    await waitFor(async () => ((await getJob(platform!.boss, jobId)).state === 'completed' ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
    expect(completions.filter((id) => id === jobId)).toHaveLength(1);
  }, 120_000);
});
