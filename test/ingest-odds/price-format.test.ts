/**
 * Issue 18 item 17: The Odds API answering in the other price format than requested (positive American prices such
 * as +104 where decimal was asked) is refused as a whole with a clear error, and nothing of it is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decimalToAmerican } from '../../src/ingest/odds/convert-price.js';
import { findForeignPrices } from '../../src/ingest/odds/api/check-price-format.js';
import { runPollCycle } from '../../src/ingest/odds/run-poll-cycle.js';
import { createGame } from '../factories.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { captureLogger, gameOdds, NFL_ODDS_PATH, propsEvent, quotaHeaders, SECRET_KEY, type RawEvent } from './support.js';

/** The recorded decimal payload as the provider would send it in American format. */
function inAmerican(events: RawEvent[]): RawEvent[] {
  for (const e of events) for (const b of e.bookmakers) for (const m of b.markets) for (const o of m.outcomes) o.price = decimalToAmerican(o.price);
  return events;
}

describe('odds price format', () => {
  let t: TestDb;
  let server: FixtureServer;
  const log = captureLogger();
  const poll = () => runPollCycle({ db: t.db, config: testConfig(t.url, {
    ODDS_API_KEY: SECRET_KEY, ODDS_API_URL: server.url, ODDS_SPORTS: 'NFL', ODDS_PROPS_WINDOW_HOURS: '0',
  }), logger: log.logger }, 'manual');

  beforeAll(async () => {
    t = await createTestDb();
    server = await startFixtureServer();
    await createGame(t.db, { home: 'MIN', away: 'MIA', startsAt: new Date('2026-10-04T20:05:00Z') });
    await createGame(t.db, { home: 'LV', away: 'KC', startsAt: new Date('2026-10-04T20:25:00Z') });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('finds no foreign price in the real recordings, in the format each was requested in', () => {
    expect(findForeignPrices(gameOdds(), 'decimal')).toEqual([]);
    expect(findForeignPrices(propsEvent(), 'american')).toEqual([]);
    expect(findForeignPrices(propsEvent(), 'decimal').length).toBeGreaterThan(0);
    expect(findForeignPrices(gameOdds(), 'american').length).toBeGreaterThan(0);
  });

  it('refuses a decimal request answered with American prices, even when only positive ones (+104) look so', async () => {
    const events = inAmerican(gameOdds());
    expect(events.flatMap((e) => e.bookmakers.flatMap((b) => b.markets.flatMap((m) => m.outcomes.map((o) => o.price)))).some((p) => p > 100)).toBe(true);
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { body: events, headers: quotaHeaders(470, 30) });
    const summary = await poll();
    expect(summary.status).toBe('failed');
    expect(summary.error).toMatch(/American prices where decimal was requested \(oddsFormat=decimal\)/);
    expect(summary.error).toMatch(/nothing from it was stored/);
    expect(await t.db.oddsPrice.count()).toBe(0);
    expect(await t.db.gameLine.count()).toBe(0);

    // Only the positive prices of one market in American form: the old negative-price check let these through.
    const positive = gameOdds();
    const outcome = positive[0]?.bookmakers[0]?.markets[0]?.outcomes[0];
    if (!outcome) throw new Error('fixture has an outcome');
    outcome.price = 104;
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { body: positive, headers: quotaHeaders(469, 31) });
    const again = await poll();
    expect(again).toMatchObject({ status: 'failed', pricesStored: 0 });
    expect(again.error).toContain('+104 at [0].bookmakers[0].markets[0].outcomes[0]');
    expect(await t.db.oddsPrice.count()).toBe(0);

    server.setRoute(`GET ${NFL_ODDS_PATH}`, { body: gameOdds(), headers: quotaHeaders(468, 32) });
    expect(await poll()).toMatchObject({ status: 'ok', pricesStored: 66 });
  });
});
