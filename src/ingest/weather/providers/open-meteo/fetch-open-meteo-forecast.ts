import { createProviderClient, type ProviderClient } from '../../../../core/http/provider-client.js';
import type { ProviderForecast } from '../../forecast/hourly-forecast.js';
import { buildOpenMeteoQuery } from './build-open-meteo-query.js';
import { parseOpenMeteoForecast } from './parse-open-meteo.js';

/** Creates the Open-Meteo client (no key needed for the public API). */
export function createOpenMeteoClient(baseUrl: string): ProviderClient {
  return createProviderClient({ provider: 'open-meteo', baseUrl });
}

/** `/v1/forecast` for a point, in US units and UTC, covering `days` days from today. */
export async function fetchOpenMeteoForecast(
  client: ProviderClient,
  latitude: number,
  longitude: number,
  days: number,
): Promise<ProviderForecast> {
  const { body } = await client.getJson('/v1/forecast', buildOpenMeteoQuery(latitude, longitude, days));
  return parseOpenMeteoForecast(body);
}
