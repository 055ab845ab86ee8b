import { z } from 'zod';
import type { HourlyForecast, ProviderForecast } from '../../forecast/hourly-forecast.js';
import { roundTo, toFahrenheit, toInches, toMph } from '../../forecast/units.js';
import { describeZodError } from '../../../../core/validation/zod-problems.js';

const NumberColumn = z.array(z.number().nullable());

/** Open-Meteo `/v1/forecast`: hourly values are parallel arrays indexed like `hourly.time`. */
export const OpenMeteoForecastSchema = z.object({
  utc_offset_seconds: z.number().int(),
  hourly_units: z.record(z.string(), z.string()),
  hourly: z.object({ time: z.array(z.string()) }).catchall(z.unknown()),
});
export type OpenMeteoForecast = z.infer<typeof OpenMeteoForecastSchema>;

/** Open-Meteo's refusal: HTTP 400 `{"reason": "...", "error": true}`. */
export const OpenMeteoErrorSchema = z.object({ error: z.literal(true), reason: z.string() });

/** Local time as Open-Meteo writes it: no seconds, no offset ("2024-12-13T00:00"). */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Parses an hourly Open-Meteo answer into UTC hours in °F/mph/inch, whatever units were requested
 * (defaults °C, km/h, mm; or fahrenheit/mph/inch) — the `hourly_units` block says which.
 * Times are local to the requested `timezone` without an offset; `utc_offset_seconds` turns them into UTC.
 * Missing variables become null; `rain` stands in for `precipitation` when only it was requested.
 */
export function parseOpenMeteoForecast(body: unknown): ProviderForecast {
  const refused = OpenMeteoErrorSchema.safeParse(body);
  if (refused.success) throw new Error(`Open-Meteo refused the request: ${refused.data.reason}`);
  const parsed = OpenMeteoForecastSchema.safeParse(body);
  if (!parsed.success) {
    throw new Error(`Open-Meteo response: ${describeZodError(parsed.error, { separator: ': ' })}`);
  }
  const { hourly, hourly_units: units, utc_offset_seconds: offset } = parsed.data;
  const count = hourly.time.length;
  const column = (name: string) => readColumn(hourly, name, count);
  const temperature = column('temperature_2m');
  const speed = column('wind_speed_10m');
  const gust = column('wind_gusts_10m');
  const direction = column('wind_direction_10m');
  const probability = column('precipitation_probability');
  const precipName = hourly['precipitation'] !== undefined ? 'precipitation' : 'rain';
  const precipitation = column(precipName);

  const hours: HourlyForecast[] = hourly.time.map((local, i) => ({
    time: localToUtc(local, offset),
    temperatureF: convert(temperature[i], units.temperature_2m, 'temperature_2m', (v, u) => toFahrenheit(v, u)),
    windSpeedMph: convert(speed[i], units.wind_speed_10m, 'wind_speed_10m', toMph),
    windGustMph: convert(gust[i], units.wind_gusts_10m, 'wind_gusts_10m', toMph),
    windDirectionDeg: direction[i] ?? null,
    precipProbabilityPct: probability[i] ?? null,
    precipitationIn: convert(precipitation[i], units[precipName], precipName, toInches, 3),
    summary: null,
  }));
  return { provider: 'open-meteo', generatedAt: null, hours };
}

/** "2024-12-13T00:00" at UTC+7 (25200 s) → 2024-12-12T17:00Z. */
export function localToUtc(local: string, utcOffsetSeconds: number): Date {
  const m = LOCAL_TIME.exec(local);
  if (!m) throw new Error(`Open-Meteo time "${local}" is not YYYY-MM-DDTHH:MM`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - utcOffsetSeconds * 1000);
}

function readColumn(hourly: Record<string, unknown>, name: string, count: number): (number | null)[] {
  const raw = hourly[name];
  if (raw === undefined) return new Array<number | null>(count).fill(null);
  const parsed = NumberColumn.safeParse(raw);
  if (!parsed.success) throw new Error(`Open-Meteo hourly.${name}: expected an array of numbers`);
  if (parsed.data.length !== count) {
    throw new Error(`Open-Meteo hourly.${name}: ${parsed.data.length} values for ${count} times`);
  }
  return parsed.data;
}

function convert(
  value: number | null | undefined,
  unit: string | undefined,
  name: string,
  fn: (v: number, u: string) => number,
  decimals = 1,
): number | null {
  if (value === null || value === undefined) return null;
  if (unit === undefined) throw new Error(`Open-Meteo hourly_units.${name} is missing`);
  return roundTo(fn(value, unit), decimals);
}
