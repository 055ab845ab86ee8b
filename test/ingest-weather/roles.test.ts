/**
 * The two monitor roles running on the real platform (pg-boss workers): the weather role seeds venues through
 * its job on start, and an injury poll fans out into one job per source, a source that is down failing
 * alone (retried, then dead-lettered) while the others complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import { listJobs } from '../../src/core/jobs/job-admin.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { waitFor } from '../support/wait-for.js';

let t: TestDb;
let server: FixtureServer;
let platform: Platform;

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer({
    'GET /apis/site/v2/sports/football/nfl/injuries': { status: 503, body: { error: 'down' } },
    'GET /rss/nfl.xml': { file: 'injury/news_rss_player_news_SYNTHETIC.xml' },
  });
  platform = await startPlatform({
    config: testConfig(t.url, {
      ESPN_API_URL: server.url, DFS_SPORTS: 'NFL', INJURY_FEED_URLS: `NFL=${server.url}/rss/nfl.xml`,
      NWS_API_URL: server.url, OPEN_METEO_API_URL: server.url,
    }),
    roles: ['ingest-weather', 'ingest-injury'],
    logger: createLogger('silent'),
  });
});

afterAll(async () => {
  await platform.stop();
  await server.close();
  await t.drop();
});

describe('monitor roles', () => {
  it('when ingest-weather starts, then its seed job fills the venue table', async () => {
    const venues = await waitFor(async () => {
      const n = await t.db.venue.count();
      return n === 99 ? n : undefined;
    }, { timeoutMs: 30_000 });
    expect(venues).toBe(99);
  });

  it('when an injury poll runs with ESPN down, then the feed is still polled and only ESPN retries', async () => {
    await platform.send('ingest-injury.poll-injuries', {});
    const news = await waitFor(async () => {
      const rows = await t.db.injuryReport.count({ where: { source: 'news' } });
      return rows > 0 ? rows : undefined; // the batch is one transaction: all four at once
    }, { timeoutMs: 30_000 });
    expect(news).toBe(4);
    const espn = await waitFor(async () => {
      const jobs = await listJobs(platform.boss, { queue: 'ingest-injury.poll-source' });
      const failing = jobs.filter((j) => j.state === 'retry' || j.state === 'failed');
      const completed = jobs.filter((j) => j.state === 'completed');
      return failing.length > 0 && completed.length >= 2 ? { jobs, failing, completed } : undefined;
    }, { timeoutMs: 30_000 });
    expect(espn.failing).toHaveLength(1);
    // news feed and site statuses completed; ESPN is the one retrying.
    expect(espn.completed).toHaveLength(2);
    expect(espn.jobs).toHaveLength(3);
    expect(await t.db.providerStatus.findUnique({ where: { provider: 'espn:NFL' } })).toMatchObject({ lastError: expect.stringContaining('503') });
  });
});
