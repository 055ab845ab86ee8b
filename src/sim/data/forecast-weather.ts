import type { GameWeather } from '../adjust/types.js';

/** The WeatherForecast columns the sim reads; units as schema.prisma documents them. */
export const FORECAST_WEATHER_SELECT = { isIndoor: true, windSpeedMph: true, precipInches: true, precipProbability: true } as const;

export interface ForecastWeatherRow {
  isIndoor: boolean;
  windSpeedMph: number | null;
  /** Inches per hour over the game window (a rate). */
  precipInches: number | null;
  /** Highest hourly chance in the window, percent. */
  precipProbability: number | null;
}

/**
 * A stored forecast as the sim's weather input. The one mapping, so the run's loader and the staleness check
 * cannot read a forecast two ways.
 */
export function weatherFromForecast(row: ForecastWeatherRow): GameWeather {
  return {
    roofed: row.isIndoor,
    windMph: row.windSpeedMph,
    precipMmPerHour: row.precipInches === null ? null : row.precipInches * 25.4,
    precipChancePct: row.precipProbability,
  };
}
