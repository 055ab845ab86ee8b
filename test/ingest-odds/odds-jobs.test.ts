/**
 * The poll-odds job worked by pg-boss in a running platform with the ingest-odds role: a 401 completes after one
 * request (never retried); a provider that keeps answering 500 is retried with backoff, failed and dead-lettered;
 * without a key the role idles and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDefinition } from '../../src/core/jobs/define-job.js';
import { getJob, listJobs } from '../../src/core/jobs/job-admin.js';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { oddsJobs } from '../../src/ingest/odds/jobs/index.js';
import { DEAD_LETTER_QUEUE } from '../../src/app/queues.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { waitFor } from '../support/wait-for.js';
import { captureLogger, NFL_ODDS_PATH, SECRET_KEY } from './support.js';

let t: TestDb;
let server: FixtureServer;
let platform: Platform;
const log = captureLogger();
// Same job, retried after 1 s instead of 30 s (the backoff itself is pg-boss's, configured by the real policy).
const fastJobs = oddsJobs.map((job) => ({ ...job, policy: { ...job.policy, retryLimit: 2, retryDelay: 1, retryBackoff: false } })) as unknown as JobDefinition[];
const requests = () => server.requests.filter((r) => r.path === NFL_ODDS_PATH).length;
const finished = (id: string | null) => waitFor(async () => {
  const job = await getJob(platform.boss, id ?? '');
  return job.state === 'completed' || job.state === 'failed' ? job : undefined;
}, { timeoutMs: 45_000 });

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer();
  platform = await startPlatform({
    config: testConfig(t.url, { ODDS_API_KEY: SECRET_KEY, ODDS_API_URL: server.url, ODDS_SPORTS: 'NFL', INGEST_ODDS_CRON: '0 0 1 1 *' }),
    roles: ['ingest-odds'], logger: log.logger, jobs: fastJobs,
  });
});
afterAll(async () => { await platform?.stop(); await server?.close(); await t?.drop(); });

describe('ingest-odds jobs in the platform', () => {
  it('when the key is rejected, then the job completes after one request and is not retried', async () => {
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { status: 401, body: { message: 'API key is not valid' } });
    const job = await finished(await platform.send('ingest-odds.poll-odds', { trigger: 'manual' }));
    expect(job).toMatchObject({ state: 'completed', retryCount: 0, output: expect.objectContaining({ status: 'auth_failed' }) });
    expect(requests()).toBe(1);
  });

  it('when the provider keeps failing with 500, then the job is retried, failed and dead-lettered', async () => {
    server.requests.length = 0;
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { status: 503, body: 'maintenance' });
    const id = await platform.send('ingest-odds.poll-odds', { trigger: 'manual' });
    const job = await finished(id);
    expect(job).toMatchObject({ state: 'failed', retryCount: 2 });
    expect(JSON.stringify(job.output)).toMatch(/HTTP 503/);
    expect(requests()).toBe(3);
    await waitFor(async () => {
      const rows = await listJobs(platform.boss, { queue: DEAD_LETTER_QUEUE });
      // pg-boss copies the failed job's payload to the dead-letter queue; only this job failed.
      return rows.some((r) => JSON.stringify(r.data) === JSON.stringify({ trigger: 'manual' })) ? rows : undefined;
    });
    expect((await t.db.oddsPoll.findMany({ where: { status: 'failed' } })).length).toBe(3);
    expect(log.text()).not.toContain(SECRET_KEY);
  });
});

describe('ingest-odds role without a key', () => {
  it('when ODDS_API_KEY is unset, then the role starts, idles and logs why', async () => {
    const idle = captureLogger();
    const db = await createTestDb();
    const p = await startPlatform({ config: testConfig(db.url, { LOG_LEVEL: 'info' }), roles: ['ingest-odds'], logger: idle.logger, jobs: fastJobs });
    try {
      expect(idle.text()).toMatch(/ingest-odds idles: ODDS_API_KEY is not set/);
      expect(JSON.stringify(p.health)).not.toMatch(/error/i);
    } finally {
      await p.stop();
      await db.drop();
    }
  });
});
