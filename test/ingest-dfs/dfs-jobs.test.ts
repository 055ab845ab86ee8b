/**
 * The ingest-dfs jobs worked by pg-boss in a running platform: a poll enqueues one import per draft group; a 5xx
 * is retried and the draft group imported once; garbage is retried, failed and dead-lettered with the reason,
 * while the other draft group still imports; an import-file job stores a file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import type { JobDefinition } from '../../src/core/jobs/define-job.js';
import { getJob, listJobs } from '../../src/core/jobs/job-admin.js';
import { dfsJobs } from '../../src/ingest/dfs/jobs/index.js';
import { DEAD_LETTER_QUEUE } from '../../src/app/queues.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { waitFor } from '../support/wait-for.js';
import { CLASSIC_DG, dkRoutes, SHOWDOWN_DG } from './dk-support.js';

let t: TestDb;
let server: FixtureServer;
let platform: Platform;
// Same jobs, retried after 1 s instead of tens of seconds.
const fastJobs = dfsJobs.map((job) => ({ ...job, policy: { ...job.policy, retryLimit: 2, retryDelay: 1, retryBackoff: false } })) as unknown as JobDefinition[];

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer(dkRoutes());
  platform = await startPlatform({
    config: testConfig(t.url, { DRAFTKINGS_API_URL: server.url, DRAFTKINGS_LOBBY_URL: server.url, DFS_SPORTS: 'NFL', INGEST_DFS_CRON: '0 0 1 1 *' }),
    roles: ['ingest-dfs'], logger: createLogger('silent'), jobs: fastJobs,
  });
});
afterAll(async () => { await platform?.stop(); await server?.close(); await t?.drop(); });

describe('ingest-dfs jobs', () => {
  it('when a draft group answers 500 then 200 and another answers garbage, then the first is imported once and the second dead-lettered', async () => {
    server.setRoute(`GET /draftgroups/v1/draftgroups/${SHOWDOWN_DG}/draftables`, [
      { status: 500 }, { file: 'dfs/dk_api_draftables_dg75284_nfl_showdown_CIN-BAL_2022-10-09_minified.json' }]);
    server.setRoute(`GET /draftgroups/v1/draftgroups/${CLASSIC_DG}/draftables`, { body: '{"draftables": [garbage' });

    const pollId = await platform.send('ingest-dfs.poll-draftkings', {});
    const poll = await waitFor(async () => { const job = await getJob(platform.boss, pollId ?? ''); return job.state === 'completed' ? job : undefined; });
    expect(poll.output).toMatchObject({ enqueued: 2, discovered: 2 });

    const imports = await waitFor(async () => {
      const jobs = await listJobs(platform.boss, { queue: 'ingest-dfs.import-draft-group' });
      return jobs.length === 2 && jobs.every((j) => j.state === 'completed' || j.state === 'failed') ? jobs : undefined;
    }, { timeoutMs: 45_000 });
    const byGroup = new Map(imports.map((j) => [(j.data as { draftGroupId: number }).draftGroupId, j]));
    expect(byGroup.get(SHOWDOWN_DG)).toMatchObject({ state: 'completed', retryCount: 1, output: expect.objectContaining({ status: 'imported', inserted: 106 }) });
    expect(byGroup.get(CLASSIC_DG)).toMatchObject({ state: 'failed', retryCount: 2 });
    expect(JSON.stringify(byGroup.get(CLASSIC_DG)?.output)).toMatch(/malformed JSON/);

    const dead = await waitFor(async () => {
      const rows = await listJobs(platform.boss, { queue: DEAD_LETTER_QUEUE });
      return rows.some((r) => JSON.stringify(r.data).includes(String(CLASSIC_DG))) ? rows : undefined;
    });
    expect(dead.length).toBeGreaterThan(0);
    expect(await t.db.slate.findMany({ select: { siteSlateId: true } })).toEqual([{ siteSlateId: String(SHOWDOWN_DG) }]);
    expect(await t.db.slatePlayer.count()).toBe(106);
    expect(await t.db.providerStatus.findUnique({ where: { provider: 'draftkings' } })).toMatchObject({ lastError: expect.stringMatching(/malformed JSON/) });
  });

  it('when an import-file job is sent, then the file becomes a slate, and twice changes nothing', async () => {
    const contentBase64 = readFileSync(`${FIXTURES_DIR}/dfs/dk_nhl_classic_2022-02-08_DKSalaries.csv`).toString('base64');
    const run = async (): Promise<Record<string, unknown>> => {
      const id = await platform.send('ingest-dfs.import-file', { site: 'draftkings', contentBase64, fileName: 'DKSalaries.csv' });
      const job = await waitFor(async () => { const j = await getJob(platform.boss, id ?? ''); return j.state === 'completed' || j.state === 'failed' ? j : undefined; });
      return job.output as Record<string, unknown>;
    };
    expect(await run()).toMatchObject({ sport: 'NHL', players: 820, games: 7, inserted: 820 });
    expect(await run()).toMatchObject({ created: false, inserted: 0, updated: 0, unchanged: 820 });
  });
});
