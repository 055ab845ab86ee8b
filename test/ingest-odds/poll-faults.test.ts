import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/http/provider-client.js';
import { pollOdds } from '../../src/ingest/odds/jobs/poll-odds.js';
import { runPollCycle } from '../../src/ingest/odds/run-poll-cycle.js';
import { checkPollDue } from '../../src/ingest/odds/schedule/check-poll-due.js';
import { createGame } from '../factories.js';
import { startFixtureServer, type FixtureServer, type FixtureResponse } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { captureLogger, gameOdds, NFL_ODDS_PATH, quotaHeaders, SECRET_KEY } from './support.js';

describe('ingest-odds poll: provider faults', () => {
  let t: TestDb;
  let server: FixtureServer;
  const log = captureLogger();
  const config = (overrides: Record<string, string> = {}) => testConfig(t.url, {
    ODDS_API_KEY: SECRET_KEY, ODDS_API_URL: server.url, ODDS_SPORTS: 'NFL', ODDS_PROPS_WINDOW_HOURS: '0', ...overrides,
  });
  const poll = () => runPollCycle({ db: t.db, config: config(), logger: log.logger }, 'manual');
  const serve = (responses: FixtureResponse | FixtureResponse[]) => server.setRoute(`GET ${NFL_ODDS_PATH}`, responses);
  const oddsRequests = () => server.requests.filter((r) => r.path === NFL_ODDS_PATH).length;

  beforeAll(async () => {
    t = await createTestDb();
    server = await startFixtureServer();
  });
  beforeEach(async () => {
    await t.db.oddsPoll.deleteMany();
    server.requests.length = 0;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('when the key is rejected (401), then the cycle ends once, unthrown, and even a near kickoff waits an hour', async () => {
    serve({ status: 401, body: { message: 'API key is not valid' } });
    await createGame(t.db, { home: 'KC', away: 'DEN', startsAt: new Date(Date.now() + 30 * 60_000) });
    const summary = await poll();
    expect(summary).toMatchObject({ status: 'auth_failed', pricesStored: 0 });
    expect(oddsRequests()).toBe(1);
    const decision = await checkPollDue(t.db, config());
    expect(decision).toMatchObject({ due: false, intervalMinutes: 60 });
    expect(decision.reason).toMatch(/401/);
    const status = await t.db.providerStatus.findUniqueOrThrow({ where: { provider: 'the-odds-api' } });
    expect(status.lastError).toMatch(/HTTP 401/);
  });

  it('when a scheduled job meets a 429, then the handler returns (no pg-boss retry) and the next tick is not due', async () => {
    serve({ status: 429, body: { message: 'Usage quota has been reached' }, headers: quotaHeaders(0, 500) });
    const ctx = { db: t.db, config: config(), logger: log.logger, send: async () => null, jobId: 'j1', retryCount: 0, lastAttempt: false };
    const result = await pollOdds.handler({ trigger: 'schedule' }, ctx);
    // The 429's own quota headers are read: the credits are gone.
    expect(result).toMatchObject({ status: 'rate_limited', requestsRemaining: 0, requestsUsed: 500 });
    expect(oddsRequests()).toBe(1);
    const again = await pollOdds.handler({ trigger: 'schedule' }, { ...ctx, jobId: 'j2' });
    expect(again).toMatchObject({ status: 'not_due' });
    expect(oddsRequests()).toBe(1);
  });

  it('when the provider fails with 500, then the error is thrown as retryable and the retry succeeds', async () => {
    serve([{ status: 500, body: 'upstream exploded' }, { body: gameOdds(), headers: quotaHeaders(400, 100) }]);
    const ctx = { db: t.db, config: config(), logger: log.logger, send: async () => null, jobId: 'j3', retryCount: 0, lastAttempt: false };
    const failure = await pollOdds.handler({ trigger: 'schedule' }, ctx).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ status: 500, retryable: true });
    // pg-boss re-runs the job with retryCount 1: the failed attempt just recorded must not make it "not due".
    const retried = await pollOdds.handler({ trigger: 'schedule' }, { ...ctx, retryCount: 1 });
    expect(retried).toMatchObject({ status: 'ok', pricesStored: 66 });
    expect((await t.db.oddsPoll.findMany({ orderBy: { id: 'asc' } })).map((p) => p.status)).toEqual(['failed', 'ok']);
    expect(pollOdds.policy).toMatchObject({ retryLimit: 3, retryBackoff: true });
  });

  it('when the body is garbage, then it is a retryable provider fault and nothing is stored', async () => {
    const before = await t.db.oddsPrice.count();
    for (const body of ['<html>502 Bad Gateway</html>', { message: 'not an array' }]) {
      serve({ body });
      const failure = await poll().catch((e: unknown) => e);
      expect(failure).toMatchObject({ retryable: true });
      expect(String((failure as Error).message)).not.toContain(SECRET_KEY);
    }
    expect(await t.db.oddsPrice.count()).toBe(before);
  });

  it('when the response is of the wrong shape (entries, none an odds event), then the poll fails naming it instead of "ok, skipped: 4"', async () => {
    const before = await t.db.oddsPrice.count();
    // What /v4/sports answers: a valid array, but of sports, not events.
    serve({ body: [1, 2, 3, 4].map((i) => ({ key: `sport_${i}`, group: 'American Football', title: `Sport ${i}`, active: true })), headers: quotaHeaders(390, 110) });
    const failure = await poll().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProviderError);
    expect(failure).toMatchObject({ retryable: true });
    expect((failure as Error).message).toMatch(/answered in an unexpected shape: 4 entries skipped and no entry is an odds event \(first: \[0\]/);
    const record = await t.db.oddsPoll.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(record.status).toBe('failed');
    expect(await t.db.oddsPrice.count()).toBe(before);
  });

  it('when single entries are malformed, then they are skipped and counted and the rest is stored', async () => {
    const events = gameOdds();
    const [first, second] = events;
    if (!first || !second) throw new Error('fixture has two events');
    (first.bookmakers[0]?.markets[0]?.outcomes[0] as { price: unknown }).price = 'n/a';
    (second as { commence_time: unknown }).commence_time = 'soon';
    serve({ body: events, headers: quotaHeaders(390, 110) });
    await t.db.oddsEvent.deleteMany();
    const summary = await poll();
    expect(summary).toMatchObject({ status: 'ok', skipped: 2, eventsSeen: 1, quotesSeen: 33, pricesStored: 33 });
    const record = await t.db.oddsPoll.findFirstOrThrow({ where: { status: 'ok' }, orderBy: { id: 'desc' } });
    expect(JSON.stringify(record.report)).toContain('[0].bookmakers[0].markets[0].outcomes[0]');
  });

  it('when props answer 429 after the game lines, then the game lines are kept and the cycle stops as rate limited', async () => {
    await t.db.oddsEvent.deleteMany();
    serve({ body: gameOdds(), headers: quotaHeaders(380, 120) });
    for (const e of gameOdds()) server.setRoute(`GET /v4/sports/americanfootball_nfl/events/${e.id}/odds`, { status: 429, body: { message: 'slow down' } });
    // One day before the recorded kickoffs, so both events are inside the props window.
    const summary = await runPollCycle({ db: t.db, config: config({ ODDS_PROPS_WINDOW_HOURS: '36' }), logger: log.logger }, 'manual',
      { now: () => new Date('2026-10-03T20:00:00Z') });
    expect(summary).toMatchObject({ status: 'rate_limited', pricesStored: 66, propEventsFetched: 0 });
    // Requests already in flight when the 429 came back are the most it costs: nothing is retried.
    expect(server.requests.filter((r) => r.path.includes('/events/')).length).toBeLessThanOrEqual(2);
  });

  it('when no key is configured, then the job idles with the reason and nothing is requested', async () => {
    const ctx = { db: t.db, config: config({ ODDS_API_KEY: '' }), logger: log.logger, send: async () => null, jobId: 'j4', retryCount: 0, lastAttempt: false };
    expect(await pollOdds.handler({ trigger: 'schedule' }, ctx)).toEqual({ status: 'skipped', reason: 'ODDS_API_KEY is not set' });
    expect(server.requests).toHaveLength(0);
    await expect(runPollCycle(ctx, 'manual')).rejects.toThrow(/ODDS_API_KEY is not set/);
  });

  it('when faults were logged, then the key never appears', () => {
    expect(log.text()).toContain('odds poll failed');
    expect(log.text()).not.toContain(SECRET_KEY);
  });
});
