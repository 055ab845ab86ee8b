import { z } from 'zod';
import { describeZodError } from '../../../../core/validation/zod-problems.js';

/** The part of NWS `/points/{lat},{lon}` we use: where the hourly forecast for this point lives. */
export const NwsPointsSchema = z.object({
  properties: z.object({
    gridId: z.string().min(1),
    gridX: z.number().int(),
    gridY: z.number().int(),
    forecastHourly: z.string().url(),
    timeZone: z.string().min(1).optional(),
  }),
});
export type NwsPoints = z.infer<typeof NwsPointsSchema>;

/** Grid cell of a point; the hourly forecast URL path is rebuilt from it against the configured base URL. */
export interface NwsGridPoint {
  gridId: string;
  gridX: number;
  gridY: number;
  /** Path part of the hourly forecast URL, e.g. "/gridpoints/SGX/38,66/forecast/hourly". */
  forecastHourlyPath: string;
  timeZone: string | null;
}

/**
 * Parses a `/points` answer. The `forecastHourly` link is absolute to api.weather.gov; we keep only its path
 * so a self-hoster's NWS_API_URL (a proxy, or the test server) is honoured for the second request too.
 */
export function parseNwsPoints(body: unknown): NwsGridPoint {
  const parsed = NwsPointsSchema.safeParse(body);
  if (!parsed.success) {
    throw new Error(`NWS points response: ${describeZodError(parsed.error, { separator: ': ' })}`);
  }
  const p = parsed.data.properties;
  return {
    gridId: p.gridId,
    gridX: p.gridX,
    gridY: p.gridY,
    forecastHourlyPath: new URL(p.forecastHourly).pathname,
    timeZone: p.timeZone ?? null,
  };
}

/** NWS wants at most 4 decimals in `/points/{lat},{lon}` and redirects otherwise; round before asking. */
export function buildNwsPointsPath(latitude: number, longitude: number): string {
  const fmt = (n: number) => String(Math.round(n * 10_000) / 10_000);
  return `/points/${fmt(latitude)},${fmt(longitude)}`;
}
