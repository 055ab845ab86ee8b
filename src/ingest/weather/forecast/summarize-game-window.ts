import type { HourlyForecast } from './hourly-forecast.js';
import { describeFieldWind, type FieldWind } from './field-wind.js';
import { roundTo } from './units.js';

const HOUR_MS = 3_600_000;

/** Typical length of a game, used as the forecast window after kickoff. */
export const GAME_WINDOW_HOURS: Record<string, number> = { NFL: 3.5, MLB: 3, NBA: 2.5, NHL: 2.5 };

/** The forecast for one game: the kickoff hour and the worst/total values over the game window. */
export interface GameWeatherSummary {
  kickoff: HourlyForecast;
  windowStart: Date;
  windowEnd: Date;
  hoursInWindow: number;
  temperatureMinF: number | null;
  temperatureMaxF: number | null;
  windSpeedMaxMph: number | null;
  windGustMaxMph: number | null;
  precipProbabilityMaxPct: number | null;
  precipitationTotalIn: number | null;
  /**
   * Mean amount per hour over the window's hours that have one, inches per hour: rain is judged by its rate
   * (NWS "heavy" is 0.3 in/h), and a total would grow with the game's length. Null when no hour has an
   * amount (NWS hourly periods give only the chance).
   */
  precipitationPerHourIn: number | null;
  /** Wind at kickoff relative to the field; only for ballparks with a known orientation. */
  fieldWind: FieldWind | null;
}

/**
 * Picks the kickoff hour and summarises the hours overlapping [kickoff, kickoff + window).
 * Returns null when the forecast does not reach kickoff yet (NWS covers ~7 days, Open-Meteo up to 16), so
 * the caller can skip the game instead of storing an empty forecast.
 */
export function summarizeGameWindow(
  hours: HourlyForecast[],
  kickoff: Date,
  windowHours: number,
  fieldBearingDeg: number | null,
): GameWeatherSummary | null {
  const start = kickoff.getTime();
  const end = start + windowHours * HOUR_MS;
  const sorted = [...hours].sort((a, b) => a.time.getTime() - b.time.getTime());
  const atKickoff = sorted.find((h) => h.time.getTime() <= start && start < h.time.getTime() + HOUR_MS);
  if (!atKickoff) return null;
  const window = sorted.filter((h) => h.time.getTime() < end && h.time.getTime() + HOUR_MS > start);
  const pick = (f: (h: HourlyForecast) => number | null) =>
    window.map(f).filter((v): v is number => v !== null);
  const temps = pick((h) => h.temperatureF);
  const precip = pick((h) => h.precipitationIn);
  return {
    kickoff: atKickoff,
    windowStart: new Date(start),
    windowEnd: new Date(end),
    hoursInWindow: window.length,
    temperatureMinF: temps.length ? Math.min(...temps) : null,
    temperatureMaxF: temps.length ? Math.max(...temps) : null,
    windSpeedMaxMph: maxOrNull(pick((h) => h.windSpeedMph)),
    windGustMaxMph: maxOrNull(pick((h) => h.windGustMph)),
    precipProbabilityMaxPct: maxOrNull(pick((h) => h.precipProbabilityPct)),
    precipitationTotalIn: precip.length ? roundTo(sum(precip), 3) : null,
    precipitationPerHourIn: precip.length ? roundTo(sum(precip) / precip.length, 3) : null,
    fieldWind: fieldBearingDeg === null
      ? null
      : describeFieldWind(atKickoff.windDirectionDeg, atKickoff.windSpeedMph, fieldBearingDeg),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function maxOrNull(values: number[]): number | null {
  return values.length ? Math.max(...values) : null;
}
