import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPollCycle } from '../../src/ingest/odds/run-poll-cycle.js';
import { readGameLines, readLineHistory, readCurrentOdds } from '../../src/ingest/odds/store/read-odds.js';
import { createGame } from '../factories.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { captureLogger, gameOdds, NFL_ODDS_PATH, outcomeOf, quotaHeaders, SECRET_KEY, type RawEvent } from './support.js';

const VIKINGS = 'c327223d76a3b7b0db8c6c104442f44b';
const RAIDERS = 'e0cbd266dcf997089203a1b33ba0333d';

describe('ingest-odds poll: game lines', () => {
  let t: TestDb;
  let server: FixtureServer;
  let minGameId: number;
  let lvGameId: number;
  const log = captureLogger();
  const poll = () => runPollCycle({ db: t.db, config: testConfig(t.url, {
    ODDS_API_KEY: SECRET_KEY, ODDS_API_URL: server.url, ODDS_SPORTS: 'NFL', ODDS_PROPS_WINDOW_HOURS: '0',
  }), logger: log.logger }, 'manual');

  beforeAll(async () => {
    t = await createTestDb();
    server = await startFixtureServer({ [`GET ${NFL_ODDS_PATH}`]: { body: gameOdds(), headers: quotaHeaders(480, 20) } });
    // The two recorded events: MIA@MIN and KC@LV, 2026-10-04 (commence_time carries the actual in-play start).
    minGameId = (await createGame(t.db, { home: 'MIN', away: 'MIA', startsAt: new Date('2026-10-04T20:05:00Z') })).id;
    lvGameId = (await createGame(t.db, { home: 'LV', away: 'KC', startsAt: new Date('2026-10-04T20:25:00Z') })).id;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('when the recorded payload is polled first, then every outcome is stored and events match our games', async () => {
    const summary = await poll();
    expect(summary).toMatchObject({ status: 'ok', eventsSeen: 2, quotesSeen: 66, pricesStored: 66, gameLinesStored: 2, skipped: 0, unmatchedEvents: [] });
    expect(summary.requestsRemaining).toBe(480);
    expect(await t.db.oddsPrice.count()).toBe(66);
    expect(await t.db.oddsPriceCurrent.count()).toBe(66);
    const events = await t.db.oddsEvent.findMany({ orderBy: { commenceTime: 'asc' } });
    expect(events.map((e) => [e.providerEventId, e.gameId])).toEqual([[VIKINGS, minGameId], [RAIDERS, lvGameId]]);
    const request = server.requests[0];
    expect(request?.query.get('markets')).toBe('h2h,spreads,totals');
    expect(request?.query.get('oddsFormat')).toBe('decimal');
    expect(request?.query.get('apiKey')).toBe(SECRET_KEY);
  });

  it('when consensus lines are read, then spread and total are medians and implied totals follow', async () => {
    const lines = await readGameLines(t.db, [minGameId, lvGameId]);
    // MIN home spreads -4.5 -4.5 -5 -5.5 -5 → -5; totals 31.5 31.5 31 25.5 31.5 31.5 → 31.5
    expect(lines.get(minGameId)).toMatchObject({ homeSpread: -5, total: 31.5, homeImpliedTotal: 18.25, awayImpliedTotal: 13.25, bookCount: 6 });
    // LV home spreads 2.5 2.5 3 3.5 2.5 → 2.5; totals 38.5 39.5 39.5 39.5 39.5 → 39.5 → LV 18.5, KC 21
    expect(lines.get(lvGameId)).toMatchObject({ homeSpread: 2.5, total: 39.5, homeImpliedTotal: 18.5, awayImpliedTotal: 21 });
    const min = lines.get(minGameId);
    expect((min?.homeWinProb ?? 0) + (min?.awayWinProb ?? 0)).toBeCloseTo(1, 12);
    expect(min?.homeWinProb).toBeGreaterThan(0.7);
  });

  it('when the identical payload is polled again, then nothing is added', async () => {
    const summary = await poll();
    expect(summary).toMatchObject({ status: 'ok', quotesSeen: 66, pricesStored: 0, gameLinesStored: 0 });
    expect(await t.db.oddsPrice.count()).toBe(66);
    expect(await t.db.gameLine.count()).toBe(2);
  });

  it('when lines move, then exactly the changed outcomes are appended and the current view follows', async () => {
    const moved: RawEvent[] = gameOdds();
    Object.assign(outcomeOf(moved, VIKINGS, 'draftkings', 'spreads', 'Minnesota Vikings'), { price: 1.91, point: -5.5 });
    Object.assign(outcomeOf(moved, VIKINGS, 'draftkings', 'spreads', 'Miami Dolphins'), { price: 1.91, point: 5.5 });
    outcomeOf(moved, RAIDERS, 'fanduel', 'totals', 'Over').price = 1.9;
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { body: moved, headers: quotaHeaders(477, 23) });
    const summary = await poll();
    expect(summary.pricesStored).toBe(3);
    expect(await t.db.oddsPrice.count()).toBe(69);
    const history = await readLineHistory(t.db, minGameId, { market: 'spreads', bookmaker: 'draftkings' });
    expect(history.filter((h) => h.outcomeName === 'Minnesota Vikings').map((h) => [h.point, h.priceDecimal])).toEqual([[-4.5, 1.66], [-5.5, 1.91]]);
    const current = await readCurrentOdds(t.db, minGameId, 'spreads');
    expect(current.find((c) => c.bookmaker === 'draftkings' && c.outcomeName === 'Minnesota Vikings')).toMatchObject({ point: -5.5, priceAmerican: -110 });
    // The MIN median spread stays -5 (now -5.5 -4.5 -5 -5.5 -5): its consensus did not change, so no new GameLine.
    expect(await t.db.gameLine.count()).toBe(2);
  });

  it('when books agree on total 47.5 and home -3.5, then home is implied 25.5 and away 22.0', async () => {
    const game = await createGame(t.db, { home: 'KC', away: 'DEN', startsAt: new Date('2026-12-20T21:25:00Z') });
    const book = (key: string, homePrice: number) => ({
      key, title: key, last_update: '2026-12-19T15:00:00Z',
      markets: [
        { key: 'h2h', outcomes: [{ name: 'Kansas City Chiefs', price: homePrice }, { name: 'Denver Broncos', price: 2.9 }] },
        { key: 'spreads', outcomes: [{ name: 'Kansas City Chiefs', price: 1.91, point: -3.5 }, { name: 'Denver Broncos', price: 1.91, point: 3.5 }] },
        { key: 'totals', outcomes: [{ name: 'Over', price: 1.91, point: 47.5 }, { name: 'Under', price: 1.91, point: 47.5 }] },
      ],
    });
    const event: RawEvent = {
      id: 'f0000000000000000000000000000001', sport_key: 'americanfootball_nfl', commence_time: '2026-12-20T21:25:00Z',
      home_team: 'Kansas City Chiefs', away_team: 'Denver Broncos', bookmakers: [book('draftkings', 1.45), book('fanduel', 1.47), book('betmgm', 1.44)],
    };
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { body: [event], headers: quotaHeaders(470, 30) });
    expect(await poll()).toMatchObject({ status: 'ok', pricesStored: 18, gameLinesStored: 1 });
    const line = (await readGameLines(t.db, [game.id])).get(game.id);
    expect(line).toMatchObject({ homeSpread: -3.5, total: 47.5, homeImpliedTotal: 25.5, awayImpliedTotal: 22, bookCount: 3 });
  });

  it('when anything is logged or stored, then the API key is not in it', async () => {
    expect(log.text()).toContain('odds poll done');
    expect(log.text()).not.toContain(SECRET_KEY);
    const polls = await t.db.oddsPoll.findMany();
    expect(polls.map((p) => p.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(JSON.stringify(polls)).not.toContain(SECRET_KEY);
  });
});
