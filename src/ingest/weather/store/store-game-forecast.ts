import type { Db } from '../../../core/db.js';
import type { ProviderForecast } from '../forecast/hourly-forecast.js';
import { summarizeGameWindow, type GameWeatherSummary } from '../forecast/summarize-game-window.js';
import { expectRoofClosed } from '../forecast/expect-roof-closed.js';

/** The JSON kept in `WeatherForecast.hourly`: the window summary and the hours it was made from. */
export interface StoredForecastDetail {
  windowStart: string;
  windowEnd: string;
  window: Omit<GameWeatherSummary, 'kickoff' | 'windowStart' | 'windowEnd' | 'fieldWind'>;
  fieldWind: GameWeatherSummary['fieldWind'];
  generatedAt: string | null;
  /** A retractable roof's expected state for this forecast (null: no roof to move). */
  roof: 'expected-open' | 'expected-closed' | null;
  hours: { time: string; temperatureF: number | null; windSpeedMph: number | null; windGustMph: number | null;
    windDirectionDeg: number | null; precipProbabilityPct: number | null; precipitationIn: number | null; summary: string | null }[];
}

/**
 * Writes one forecast row for a game: kickoff-hour temperature and wind in the columns, the precipitation
 * columns over the whole game window (rain in the third quarter matters as much as at kickoff):
 * `precipProbability` the highest hourly chance in percent, `precipInches` the mean inches PER HOUR (a rate,
 * which is what the sim compares with rain thresholds; the window total stays in `hourly.window`), MLB wind
 * relative to the field in `windRelative`, and the window's hours in `hourly`. A retractable roof expected
 * closed (rain, cold, heat: expect-roof-closed.ts) stores the forecast as indoor. Returns false when the
 * forecast does not reach kickoff.
 */
export async function storeGameForecast(db: Db, input: {
  game: { id: number; startsAt: Date };
  venue: { fieldBearing: number | null; roof: string };
  forecast: ProviderForecast;
  windowHours: number;
  now: Date;
}): Promise<boolean> {
  const { game, venue, forecast, windowHours, now } = input;
  const s = summarizeGameWindow(forecast.hours, game.startsAt, windowHours, venue.fieldBearing);
  if (!s) return false;
  // A retractable roof expected closed makes the game indoor for the sim and the dashboard; the forecast is kept.
  const roofClosed = venue.roof === 'retractable' && expectRoofClosed(s);
  const hours = forecast.hours.filter((h) => h.time < s.windowEnd && h.time.getTime() + 3_600_000 > s.windowStart.getTime());
  const detail: StoredForecastDetail = {
    windowStart: s.windowStart.toISOString(),
    windowEnd: s.windowEnd.toISOString(),
    window: {
      hoursInWindow: s.hoursInWindow, temperatureMinF: s.temperatureMinF, temperatureMaxF: s.temperatureMaxF,
      windSpeedMaxMph: s.windSpeedMaxMph, windGustMaxMph: s.windGustMaxMph,
      precipProbabilityMaxPct: s.precipProbabilityMaxPct, precipitationTotalIn: s.precipitationTotalIn,
      precipitationPerHourIn: s.precipitationPerHourIn,
    },
    fieldWind: s.fieldWind,
    generatedAt: forecast.generatedAt?.toISOString() ?? null,
    roof: venue.roof === 'retractable' ? (roofClosed ? 'expected-closed' : 'expected-open') : null,
    hours: hours.map((h) => ({ ...h, time: h.time.toISOString() })),
  };
  await db.weatherForecast.create({
    data: {
      gameId: game.id,
      provider: forecast.provider,
      fetchedAt: now,
      isIndoor: roofClosed,
      temperatureF: s.kickoff.temperatureF,
      windSpeedMph: s.kickoff.windSpeedMph,
      windGustMph: s.kickoff.windGustMph,
      windDirectionDeg: s.kickoff.windDirectionDeg,
      windRelative: s.fieldWind?.label ?? null,
      precipProbability: s.precipProbabilityMaxPct,
      precipInches: s.precipitationPerHourIn,
      hourly: JSON.parse(JSON.stringify(detail)) as object,
    },
  });
  return true;
}

/** Marks an indoor game once (a forecast row with provider "none"); false when it was already marked. */
export async function markIndoorGame(db: Db, gameId: number, now: Date): Promise<boolean> {
  const marked = await db.weatherForecast.findFirst({ where: { gameId, isIndoor: true }, select: { id: true } });
  if (marked) return false;
  await db.weatherForecast.create({ data: { gameId, provider: 'none', isIndoor: true, fetchedAt: now } });
  return true;
}
