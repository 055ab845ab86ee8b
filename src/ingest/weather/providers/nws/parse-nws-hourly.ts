import { z } from 'zod';
import type { HourlyForecast, ProviderForecast } from '../../forecast/hourly-forecast.js';
import { compassToDegrees } from '../../forecast/compass.js';
import { roundTo, toFahrenheit, toMph } from '../../forecast/units.js';
import { parseNwsWindSpeed } from './parse-nws-wind.js';
import { describeZodError } from '../../../../core/validation/zod-problems.js';

/** NWS quantitative value: `{ unitCode: "wmoUnit:percent", value: 20 }` (value null when unknown). */
const QuantitativeValueSchema = z.object({ unitCode: z.string(), value: z.number().nullable() });

/** ISO time that carries its own offset; NWS always sends one, and a bare local time would be ambiguous. */
const OffsetTimeSchema = z.string().regex(/(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO time with a UTC offset');

const NwsPeriodSchema = z.object({
  startTime: OffsetTimeSchema,
  // Plain integer with `temperatureUnit` by default; a quantitative value when NWS feature flags are set.
  temperature: z.union([z.number(), QuantitativeValueSchema]),
  temperatureUnit: z.string().optional(),
  probabilityOfPrecipitation: QuantitativeValueSchema.nullish(),
  windSpeed: z.union([z.string(), QuantitativeValueSchema]),
  windGust: z.union([z.string(), QuantitativeValueSchema]).nullish(),
  windDirection: z.string(),
  shortForecast: z.string().optional(),
});

/** `/gridpoints/{wfo}/{x},{y}/forecast/hourly` (also accepts the 12-hour `/forecast`, same period shape). */
export const NwsHourlySchema = z.object({
  properties: z.object({
    generatedAt: OffsetTimeSchema.optional(),
    periods: z.array(z.unknown()),
  }),
});
export type NwsHourly = z.infer<typeof NwsHourlySchema>;

/**
 * Parses an NWS hourly forecast into UTC hours in °F/mph. Each period is checked on its own so the error
 * names the period number and field; one bad period rejects the answer (a partial forecast would look calm).
 */
export function parseNwsHourly(body: unknown): ProviderForecast {
  const envelope = NwsHourlySchema.safeParse(body);
  if (!envelope.success) throw new Error(`NWS hourly response: ${describeZodError(envelope.error, { separator: ': ' })}`);
  const hours = envelope.data.properties.periods.map((raw, index) => parsePeriod(raw, index));
  const generatedAt = envelope.data.properties.generatedAt;
  return { provider: 'nws', generatedAt: generatedAt ? new Date(generatedAt) : null, hours };
}

function parsePeriod(raw: unknown, index: number): HourlyForecast {
  const parsed = NwsPeriodSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`NWS hourly period ${index + 1}: ${describeZodError(parsed.error, { separator: ': ' })}`);
  const p = parsed.data;
  try {
    const wind = typeof p.windSpeed === 'string' ? parseNwsWindSpeed(p.windSpeed) : quantitativeMph(p.windSpeed);
    const gust = p.windGust == null ? null
      : typeof p.windGust === 'string' ? parseNwsWindSpeed(p.windGust) : quantitativeMph(p.windGust);
    return {
      time: new Date(p.startTime),
      temperatureF: temperatureF(p.temperature, p.temperatureUnit),
      windSpeedMph: wind,
      windGustMph: gust,
      windDirectionDeg: wind === 0 ? null : compassToDegrees(p.windDirection),
      precipProbabilityPct: p.probabilityOfPrecipitation?.value ?? null,
      // Hourly periods carry no amount; NWS gives it only in the raw grid data (quantitativePrecipitation).
      precipitationIn: null,
      summary: p.shortForecast ?? null,
    };
  } catch (err) {
    throw new Error(`NWS hourly period ${index + 1}: ${(err as Error).message}`);
  }
}

function temperatureF(t: number | z.infer<typeof QuantitativeValueSchema>, unit: string | undefined): number | null {
  if (typeof t === 'number') return roundTo(toFahrenheit(t, unit ?? 'F'), 1);
  return t.value === null ? null : roundTo(toFahrenheit(t.value, t.unitCode), 1);
}

function quantitativeMph(q: z.infer<typeof QuantitativeValueSchema>): number | null {
  return q.value === null ? null : roundTo(toMph(q.value, q.unitCode), 1);
}
