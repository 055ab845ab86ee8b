/**
 * One forecast hour in our units, whichever provider it came from.
 * `time` is the UTC start of the hour; null values mean the provider did not give that field.
 */
export interface HourlyForecast {
  time: Date;
  temperatureF: number | null;
  windSpeedMph: number | null;
  windGustMph: number | null;
  /** Meteorological direction in degrees: where the wind blows FROM. */
  windDirectionDeg: number | null;
  precipProbabilityPct: number | null;
  precipitationIn: number | null;
  /** Provider's short text, e.g. NWS "Mostly Sunny"; null for Open-Meteo. */
  summary: string | null;
}

/** Providers we fetch; stored with every refresh so a change of provider is visible. */
export type WeatherProvider = 'nws' | 'open-meteo';

/** A provider's answer for one location. */
export interface ProviderForecast {
  provider: WeatherProvider;
  /** When the provider says it generated the forecast (NWS `generatedAt`), or null. */
  generatedAt: Date | null;
  hours: HourlyForecast[];
}
