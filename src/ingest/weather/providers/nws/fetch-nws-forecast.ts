import { createProviderClient, type ProviderClient } from '../../../../core/http/provider-client.js';
import type { ProviderForecast } from '../../forecast/hourly-forecast.js';
import { buildNwsPointsPath, parseNwsPoints, type NwsGridPoint } from './parse-nws-points.js';
import { parseNwsHourly } from './parse-nws-hourly.js';

/** Creates the NWS client; the API refuses requests without a User-Agent naming the caller. */
export function createNwsClient(baseUrl: string, userAgent: string): ProviderClient {
  return createProviderClient({
    provider: 'nws',
    baseUrl,
    headers: { 'user-agent': userAgent, accept: 'application/geo+json' },
  });
}

/**
 * A venue's grid cell never moves, so `/points` is asked once per process and coordinates; only the hourly
 * forecast is fetched on every refresh (NWS asks clients to cache the points lookup).
 */
const gridCache = new Map<string, NwsGridPoint>();

/** `/points/{lat},{lon}` → `/gridpoints/{wfo}/{x},{y}/forecast/hourly`, parsed into UTC hours in °F/mph. */
export async function fetchNwsForecast(client: ProviderClient, latitude: number, longitude: number): Promise<ProviderForecast> {
  const pointsPath = buildNwsPointsPath(latitude, longitude);
  const cacheKey = pointsPath;
  let grid = gridCache.get(cacheKey);
  if (!grid) {
    grid = parseNwsPoints((await client.getJson(pointsPath)).body);
    gridCache.set(cacheKey, grid);
  }
  return parseNwsHourly((await client.getJson(grid.forecastHourlyPath)).body);
}

/** Forgets cached grid points (tests, or after NWS re-grids an office). */
export function clearNwsGridCache(): void {
  gridCache.clear();
}
