/**
 * Precipitation from the weather ingester's write to the sim's read, against a real database: the stored figure
 * is a rate per hour and the sim reads it as one; with only a chance of rain (NWS), the sim gets the chance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HourlyForecast, ProviderForecast } from '../../src/ingest/weather/forecast/hourly-forecast.js';
import { storeGameForecast } from '../../src/ingest/weather/store/store-game-forecast.js';
import { weatherFactor } from '../../src/sim/adjust/weather-factor.js';
import { loadGameContexts } from '../../src/sim/data/load-sim-inputs.js';
import { createGame } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const kickoff = new Date('2026-10-04T17:25:00Z');
let t: TestDb;

/** The 16:00–21:00 UTC hours around a 17:25 kickoff, each with the given amount and chance. */
function forecast(provider: ProviderForecast['provider'], precipitationIn: number | null, precipProbabilityPct: number): ProviderForecast {
  const hours: HourlyForecast[] = [16, 17, 18, 19, 20, 21].map((h) => ({
    time: new Date(`2026-10-04T${h}:00:00Z`), temperatureF: 55, windSpeedMph: 6, windGustMph: null, windDirectionDeg: 200,
    precipProbabilityPct, precipitationIn, summary: null,
  }));
  return { provider, generatedAt: null, hours };
}

async function storedWeather(f: ProviderForecast) {
  const game = await createGame(t.db, { startsAt: kickoff });
  await storeGameForecast(t.db, { game, venue: { fieldBearing: null, roof: 'open' }, forecast: f, windowHours: 3.5, now: new Date('2026-10-04T12:00:00Z') });
  const row = { gameId: game.id };
  const [context] = await loadGameContexts(t.db, [row]);
  return { row: await t.db.weatherForecast.findFirstOrThrow({ where: { gameId: game.id } }), weather: context?.weather };
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.drop());

describe('precipitation from the stored forecast to the sim', () => {
  it('when 0.1 in falls in each of the game\'s 4 hours, then the sim reads 2.54 mm/h (moderate), not the 0.4 in total', async () => {
    const { row, weather } = await storedWeather(forecast('open-meteo', 0.1, 60));
    expect(row.precipInches).toBe(0.1);
    expect(weather?.precipMmPerHour).toBeCloseTo(2.54, 6);
    expect(weather?.precipChancePct).toBe(60);
    // Moderate rain: a receiver loses 5%. Read as a total (10.2 mm in an "hour") it would be heavy rain, 10%.
    expect(weatherFactor('NFL', 'WR', weather)).toBeCloseTo(0.95, 6);
  });

  it('when NWS gives only the chance of rain, then the amount stays unknown and the sim prices the chance', async () => {
    const { row, weather } = await storedWeather(forecast('nws', null, 70));
    expect(row).toMatchObject({ precipInches: null, precipProbability: 70 });
    expect(weather).toMatchObject({ precipMmPerHour: null, precipChancePct: 70 });
    expect(weatherFactor('NFL', 'WR', weather)).toBeCloseTo(1 - 0.1 * 0.7 * 0.5, 6);
  });
});
