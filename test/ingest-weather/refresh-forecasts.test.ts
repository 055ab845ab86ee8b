/**
 * Weather refresh against recorded NWS and Open-Meteo payloads served on 127.0.0.1, with the real HTTP client
 * and a real database: units and UTC times, domes skipped, MLB wind relative to the field, provider fallback,
 * idempotent runs and neutral sites set by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { seedVenues } from '../../src/ingest/weather/store/seed-venues.js';
import { setGameVenue } from '../../src/ingest/weather/store/set-game-venue.js';
import { runWeatherRefresh } from '../../src/ingest/weather/refresh/run-weather-refresh.js';
import { refreshForecastsJob } from '../../src/ingest/weather/jobs/refresh-forecasts.js';
import { clearNwsGridCache } from '../../src/ingest/weather/providers/nws/fetch-nws-forecast.js';
import type { StoredForecastDetail } from '../../src/ingest/weather/store/store-game-forecast.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';

const logger = createLogger('silent');
// The NWS recording was generated 2026-07-02T12:15Z; "now" is just after it.
const now = new Date('2026-07-02T12:30:00Z');

let t: TestDb;
let server: FixtureServer;

async function game(sport: string, home: string, away: string, startsAt: string) {
  const sportRow = await t.db.sport.findUniqueOrThrow({ where: { code: sport } });
  const team = (code: string) => t.db.team.findUniqueOrThrow({ where: { sportId_code: { sportId: sportRow.id, code } } });
  return t.db.game.create({
    data: { sportId: sportRow.id, homeTeamId: (await team(home)).id, awayTeamId: (await team(away)).id, startsAt: new Date(startsAt) },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  clearNwsGridCache();
  server = await startFixtureServer({
    'GET /points/33.8002,-117.8824': { file: 'weather/nws_points_angel_stadium_33.80,-117.88_2026-07-02.json' },
    'GET /gridpoints/SGX/38,66/forecast/hourly': { file: 'weather/nws_gridpoints_forecast_hourly_angel_stadium_2026-07-02.json' },
    // NWS is down for Wrigley Field: Open-Meteo must take over.
    'GET /points/41.9482,-87.6555': { status: 503, body: { title: 'Service Unavailable' } },
    'GET /v1/forecast': { file: 'weather/openmeteo_forecast_hourly_us_units_wrigley_SYNTHETIC.json' },
  });
});

afterAll(async () => {
  await server.close();
  await t.drop();
});

const config = () => testConfig(t.url, { NWS_API_URL: server.url, OPEN_METEO_API_URL: server.url, NWS_USER_AGENT: 'sportsdata-test (ops@example.test)' });

describe('venue seeding', () => {
  it('when seeded twice, then venues and home teams exist once', async () => {
    const first = await seedVenues(t.db);
    const second = await seedVenues(t.db);
    expect(second).toEqual(first);
    expect(await t.db.venue.count()).toBe(99);
    const chc = await t.db.team.findFirstOrThrow({ where: { code: 'CHC' }, include: { homeVenue: true } });
    expect(chc.homeVenue).toMatchObject({ name: 'Wrigley Field', roof: 'open', fieldBearing: 37 });
    expect(await t.db.team.count({ where: { homeVenueId: { not: null } } })).toBe(62);
  });
});

describe('refreshForecasts', () => {
  it('when games are upcoming, then NWS (°F, "10 mph", offsets) and Open-Meteo fill them and the dome is skipped', async () => {
    // 7:07 PM PDT at Angel Stadium = 02:07 UTC next day; 1:20 PM CDT at Wrigley = 18:20 UTC; Ford Field is a dome.
    const angels = await game('MLB', 'LAA', 'SEA', '2026-07-03T02:07:00Z');
    const cubs = await game('MLB', 'CHC', 'STL', '2026-07-02T18:20:00Z');
    const lions = await game('NFL', 'DET', 'GB', '2026-07-04T17:00:00Z');

    const summary = await runWeatherRefresh({ db: t.db, config: config(), logger, now });
    expect(summary).toMatchObject({ games: 3, venuesLinked: 3, indoorMarked: 1, refreshed: 2, providers: { nws: 1, 'open-meteo': 1 }, failedVenues: [] });
    expect(summary.faults).toEqual([expect.objectContaining({ provider: 'nws', retryable: true, message: expect.stringContaining('503') })]);

    const angelsRow = await t.db.weatherForecast.findFirstOrThrow({ where: { gameId: angels.id } });
    // The 02:00Z hour is "2026-07-02T19:00:00-07:00" in the recording.
    const nwsHour = JSON.parse(JSON.stringify((angelsRow.hourly as unknown as StoredForecastDetail).hours[0]));
    expect(nwsHour.time).toBe('2026-07-03T02:00:00.000Z');
    expect(angelsRow).toMatchObject({ provider: 'nws', isIndoor: false, temperatureF: nwsHour.temperatureF, windSpeedMph: nwsHour.windSpeedMph });
    expect(angelsRow.temperatureF).toBeGreaterThan(55);
    expect(angelsRow.temperatureF).toBeLessThan(100);
    expect(angelsRow.windRelative).not.toBeNull();
    // The real NWS hourly periods carry probabilityOfPrecipitation only (0% here), never an amount.
    expect(angelsRow).toMatchObject({ precipProbability: 0, precipInches: null });

    const cubsRow = await t.db.weatherForecast.findFirstOrThrow({ where: { gameId: cubs.id } });
    // 18:00Z hour of the Open-Meteo answer: 76.1 °F, 11.2 mph from 221° → toward 41°, Wrigley faces 37°: out.
    expect(cubsRow).toMatchObject({ provider: 'open-meteo', temperatureF: 76.1, windSpeedMph: 11.2, windGustMph: 19.5, windDirectionDeg: 221, windRelative: 'out to CF' });
    const cubsDetail = cubsRow.hourly as unknown as StoredForecastDetail;
    // 18:20–21:20 UTC overlaps the 18, 19, 20 and 21 o'clock hours.
    expect(cubsDetail.window).toMatchObject({ hoursInWindow: 4, temperatureMinF: 76.1, temperatureMaxF: 80.4, windGustMaxMph: 24.6, precipProbabilityMaxPct: 15 });
    expect(cubsRow.precipProbability).toBe(15);
    // precipInches is a rate (inches per hour); the recording is dry over the window.
    expect(cubsRow.precipInches).toBe(0);
    expect(cubsDetail.window).toMatchObject({ precipitationTotalIn: 0, precipitationPerHourIn: 0 });
    expect(cubsDetail.fieldWind).toMatchObject({ relation: 'out' });

    expect(await t.db.weatherForecast.findMany({ where: { gameId: lions.id } })).toEqual([
      expect.objectContaining({ isIndoor: true, provider: 'none', temperatureF: null }),
    ]);

    const nwsRequests = server.requests.filter((r) => r.path.startsWith('/points') || r.path.startsWith('/gridpoints'));
    expect(nwsRequests.every((r) => r.headers['user-agent'] === 'sportsdata-test (ops@example.test)')).toBe(true);
    const meteo = server.requests.find((r) => r.path === '/v1/forecast');
    expect(Object.fromEntries(meteo?.query ?? [])).toMatchObject({ latitude: '41.9482', temperature_unit: 'fahrenheit', wind_speed_unit: 'mph', precipitation_unit: 'inch', timezone: 'GMT' });
    // Nothing was asked for the dome's coordinates (Ford Field 42.34,-83.0456).
    expect(server.requests.some((r) => r.path.includes('42.34') || r.query.get('latitude') === '42.3400')).toBe(false);
  });

  it('when run again at once, then nothing is due and no rows are added', async () => {
    const before = await t.db.weatherForecast.count();
    const requestsBefore = server.requests.length;
    const summary = await runWeatherRefresh({ db: t.db, config: config(), logger, now: new Date(now.getTime() + 60_000) });
    expect(summary).toMatchObject({ refreshed: 0, indoorMarked: 0, notDue: 2 });
    expect(await t.db.weatherForecast.count()).toBe(before);
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('when the refresh is due again, then a new row is added and the old one kept (history)', async () => {
    const cubs = await t.db.game.findFirstOrThrow({ where: { homeTeam: { code: 'CHC' } } });
    // 1 h 50 min before first pitch the step is 30 minutes.
    await runWeatherRefresh({ db: t.db, config: config(), logger, now: new Date('2026-07-02T16:30:00Z') });
    expect(await t.db.weatherForecast.count({ where: { gameId: cubs.id } })).toBe(2);
  });

  it('when every provider fails for a venue, then the job throws naming it (pg-boss retries, then dead-letters)', async () => {
    server.setRoute('GET /v1/forecast', { status: 500, body: { error: true, reason: 'overloaded' } });
    // The job runs on the real clock, so this game is two days from the real now.
    const later = await game('MLB', 'CHC', 'MIL', new Date(Date.now() + 2 * 86_400_000).toISOString());
    const ctx = { db: t.db, config: config(), logger, send: async () => null, jobId: 'test', retryCount: 0, lastAttempt: false };
    await expect(refreshForecastsJob.handler({ gameIds: [later.id], force: true }, ctx)).rejects.toThrow(/Wrigley Field.*nws: .*503.*open-meteo: .*500/);
    expect(await t.db.providerStatus.findUnique({ where: { provider: 'open-meteo' } })).toMatchObject({ lastError: expect.stringContaining('500') });
    server.setRoute('GET /v1/forecast', { file: 'weather/openmeteo_forecast_hourly_us_units_wrigley_SYNTHETIC.json' });
  });

  it('when a game is moved to a neutral site by hand, then automatic linking leaves it there', async () => {
    const london = await game('NFL', 'JAX', 'TEN', '2026-07-05T13:30:00Z');
    await runWeatherRefresh({ db: t.db, config: config(), logger, now });
    const moved = await setGameVenue(t.db, london.id, 'espn:2455');
    expect(moved).toMatchObject({ isNeutralSite: true, venue: { name: 'Wembley Stadium', country: 'UK' } });
    const summary = await runWeatherRefresh({ db: t.db, config: config(), logger, now }, { gameIds: [london.id], force: true });
    // Open-Meteo answered, but its hours end before this kickoff: not a fault, so the job would not fail.
    expect(summary).toMatchObject({ refreshed: 0, beyondForecast: [london.id], failedVenues: [], faults: [] });
    const after = await t.db.game.findUniqueOrThrow({ where: { id: london.id }, include: { venue: true } });
    expect(after.venue?.name).toBe('Wembley Stadium');
    // Outside the US only Open-Meteo is asked (the Wrigley recording stands in for London's answer here).
    expect(server.requests.some((r) => r.path === '/points/51.556,-0.2795')).toBe(false);
    await expect(setGameVenue(t.db, london.id, 'espn:1')).rejects.toThrow(/venue espn:1 not found/);
  });
});

describe('retractable roofs', () => {
  it('when a retractable roof faces a cold evening, then the forecast is kept but stored as indoor, and is not fetched again at once', async () => {
    const { readFileSync } = await import('node:fs');
    const { FIXTURES_DIR } = await import('../support/fixture-server.js');
    const recording = JSON.parse(readFileSync(`${FIXTURES_DIR}/weather/openmeteo_forecast_hourly_us_units_wrigley_SYNTHETIC.json`, 'utf8')) as { hourly: { temperature_2m: number[] } };
    const cubs = await t.db.game.findFirstOrThrow({ where: { homeTeam: { code: 'CHC' } }, include: { venue: true } });
    await t.db.venue.update({ where: { id: cubs.venueId ?? 0 }, data: { roof: 'retractable' } });
    try {
      // The mild recording (76-80 °F, 15% rain): the roof is expected open and the weather counts.
      const at = new Date('2026-07-02T17:00:00Z');
      await runWeatherRefresh({ db: t.db, config: config(), logger, now: at }, { gameIds: [cubs.id], force: true });
      const open = await t.db.weatherForecast.findFirstOrThrow({ where: { gameId: cubs.id }, orderBy: { fetchedAt: 'desc' } });
      expect(open.isIndoor).toBe(false);
      expect((open.hourly as unknown as StoredForecastDetail).roof).toBe('expected-open');

      // The same hours at 50 °F: the club will close it.
      server.setRoute('GET /v1/forecast', { body: { ...recording, hourly: { ...recording.hourly, temperature_2m: recording.hourly.temperature_2m.map(() => 50) } } });
      const later = new Date('2026-07-02T17:40:00Z');
      await runWeatherRefresh({ db: t.db, config: config(), logger, now: later }, { gameIds: [cubs.id], force: true });
      const closed = await t.db.weatherForecast.findFirstOrThrow({ where: { gameId: cubs.id }, orderBy: { fetchedAt: 'desc' } });
      expect(closed).toMatchObject({ isIndoor: true, provider: 'open-meteo', temperatureF: 50 });
      expect((closed.hourly as unknown as StoredForecastDetail).roof).toBe('expected-closed');

      // A forecast stored as indoor still counts as fetched: the next cycle a minute later finds nothing due.
      const again = await runWeatherRefresh({ db: t.db, config: config(), logger, now: new Date(later.getTime() + 60_000) }, { gameIds: [cubs.id] });
      expect(again).toMatchObject({ refreshed: 0, notDue: 1 });
    } finally {
      await t.db.venue.update({ where: { id: cubs.venueId ?? 0 }, data: { roof: 'open' } });
      server.setRoute('GET /v1/forecast', { file: 'weather/openmeteo_forecast_hourly_us_units_wrigley_SYNTHETIC.json' });
    }
  });
});
