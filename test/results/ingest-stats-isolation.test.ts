/**
 * When the box-score provider is down, then the ingest-stats job for that game fails and is retried on its own
 * while the other roles of the same process keep answering: /healthz stays 200 and the API serves requests.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import { getJob } from '../../src/core/jobs/job-admin.js';
import { createSlate, createTeam } from '../factories.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { waitFor } from '../support/wait-for.js';

let t: TestDb;
let server: FixtureServer;
let platform: Platform;

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer({ 'GET /apis/site/v2/sports/basketball/nba/scoreboard': { status: 503, body: 'down' } });
  platform = await startPlatform({ config: testConfig(t.url, { ESPN_API_URL: server.url }), roles: ['ingest-stats', 'backend-api'], logger: createLogger('silent') });
});
afterAll(async () => {
  await platform?.stop();
  await server?.close();
  await t?.drop();
});

describe('ingest-stats failure isolation', () => {
  it('a box score that cannot be fetched fails its job (retry pending) and the API role stays healthy', async () => {
    const slate = await createSlate(t.db, { sport: 'NBA' });
    const [bos, orl] = [await createTeam(t.db, { sport: 'NBA', code: 'BOS' }), await createTeam(t.db, { sport: 'NBA', code: 'ORL' })];
    const sport = await t.db.sport.findUniqueOrThrow({ where: { code: 'NBA' } });
    const game = await t.db.game.create({ data: { sportId: sport.id, homeTeamId: orl.id, awayTeamId: bos.id, startsAt: new Date('2025-11-08T00:00:00Z') } });
    await t.db.slateGame.create({ data: { slateId: slate.id, gameId: game.id } });

    const id = await platform.send('ingest-stats.fetch-box-score', { gameId: game.id });
    const job = await waitFor(async () => {
      const row = await getJob(platform.boss, id as string);
      return row.state === 'retry' || row.state === 'failed' ? row : undefined;
    }, { timeoutMs: 30_000 });
    expect(JSON.stringify(job.output)).toMatch(/HTTP 503/);
    expect((await t.db.providerStatus.findUniqueOrThrow({ where: { provider: 'espn-box-scores' } })).lastError).toMatch(/HTTP 503/);
    expect(await t.db.playerGameStat.count()).toBe(0);

    await request(`http://127.0.0.1:${platform.port}`).get('/healthz').expect(200);
    await request(`http://127.0.0.1:${platform.port}`).get('/api/openapi.json').expect(200);
  });
});
