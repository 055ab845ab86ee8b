/**
 * Issue 18 item 18: a game stored without a start time (FanDuel-only: 00:00 US Eastern, startTimeTbd) is forecast
 * for its slate's typical start that day, or skipped until its time is known; never for midnight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import type { StoredForecastDetail } from '../../src/ingest/weather/store/store-game-forecast.js';
import { runWeatherRefresh } from '../../src/ingest/weather/refresh/run-weather-refresh.js';
import { clearNwsGridCache } from '../../src/ingest/weather/providers/nws/fetch-nws-forecast.js';
import { seedVenues } from '../../src/ingest/weather/store/seed-venues.js';
import { createSlate } from '../factories.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const logger = createLogger('silent');
// The NWS recording for Angel Stadium was generated 2026-07-02T12:15Z.
const now = new Date('2026-07-02T12:30:00Z');
// 00:00 EDT on 2026-07-02: where a game known only by its date is stored.
const EASTERN_MIDNIGHT = '2026-07-02T04:00:00Z';

let t: TestDb;
let server: FixtureServer;

async function game(home: string, away: string, startsAt: string, startTimeTbd = false) {
  const sport = await t.db.sport.findUniqueOrThrow({ where: { code: 'MLB' } });
  const team = (code: string) => t.db.team.findUniqueOrThrow({ where: { sportId_code: { sportId: sport.id, code } } });
  return t.db.game.create({ data: { sportId: sport.id, homeTeamId: (await team(home)).id, awayTeamId: (await team(away)).id, startsAt: new Date(startsAt), startTimeTbd } });
}

beforeAll(async () => {
  t = await createTestDb();
  clearNwsGridCache();
  await seedVenues(t.db);
  server = await startFixtureServer({
    'GET /points/33.8002,-117.8824': { file: 'weather/nws_points_angel_stadium_33.80,-117.88_2026-07-02.json' },
    'GET /gridpoints/SGX/38,66/forecast/hourly': { file: 'weather/nws_gridpoints_forecast_hourly_angel_stadium_2026-07-02.json' },
  });
});
afterAll(async () => { await server.close(); await t.drop(); });

const config = () => testConfig(t.url, { NWS_API_URL: server.url, OPEN_METEO_API_URL: server.url, NWS_USER_AGENT: 'sportsdata-test (ops@example.test)' });

describe('weather for a game of unknown start time', () => {
  it('skips it while no slate tells its typical start, then forecasts that start, not midnight', async () => {
    const angels = await game('LAA', 'SEA', EASTERN_MIDNIGHT, true);
    const alone = await runWeatherRefresh({ db: t.db, config: config(), logger, now });
    expect(alone.unknownStart).toEqual([angels.id]);
    expect(alone.refreshed).toBe(0);
    expect(await t.db.weatherForecast.count({ where: { gameId: angels.id } })).toBe(0);

    // Its slate's other games that day start at 7:05 PM and 10:10 PM ET (one in a dome): typical start 23:05Z.
    const slate = await createSlate(t.db, { sport: 'MLB', site: 'fanduel' });
    const rays = await game('TB', 'NYY', '2026-07-02T23:05:00Z');
    const late = await game('TB', 'BOS', '2026-07-03T02:10:00Z');
    await t.db.slateGame.createMany({ data: [angels, rays, late].map((g) => ({ slateId: slate.id, gameId: g.id })) });

    const summary = await runWeatherRefresh({ db: t.db, config: config(), logger, now });
    expect(summary.estimatedKickoff).toEqual([angels.id]);
    expect(summary.unknownStart).toEqual([]);
    const row = await t.db.weatherForecast.findFirstOrThrow({ where: { gameId: angels.id, provider: 'nws' } });
    const detail = row.hourly as unknown as StoredForecastDetail;
    expect(detail.windowStart).toBe('2026-07-02T23:05:00.000Z');
    expect(detail.hours[0]?.time).toBe('2026-07-02T23:00:00.000Z');
    expect(detail.hours.some((h) => h.time === EASTERN_MIDNIGHT.replace('Z', '.000Z'))).toBe(false);
  });
});
