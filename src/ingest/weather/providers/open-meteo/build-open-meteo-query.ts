/** Hourly variables we ask Open-Meteo for; the parser reads exactly these names. */
export const OPEN_METEO_HOURLY_VARIABLES = [
  'temperature_2m',
  'precipitation_probability',
  'precipitation',
  'wind_speed_10m',
  'wind_gusts_10m',
  'wind_direction_10m',
] as const;

/**
 * Query for `/v1/forecast` at a venue. We ask for US units so stored values need no conversion, and for
 * `timezone=GMT` so times are UTC: one `utc_offset_seconds` cannot describe a window that crosses a DST
 * change, while GMT has none. The parser still honours any offset it is given.
 */
export function buildOpenMeteoQuery(latitude: number, longitude: number, forecastDays: number): Record<string, string> {
  return {
    latitude: latitude.toFixed(4),
    longitude: longitude.toFixed(4),
    hourly: OPEN_METEO_HOURLY_VARIABLES.join(','),
    temperature_unit: 'fahrenheit',
    wind_speed_unit: 'mph',
    precipitation_unit: 'inch',
    timezone: 'GMT',
    forecast_days: String(Math.min(16, Math.max(1, Math.ceil(forecastDays)))),
  };
}
