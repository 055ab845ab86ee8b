import { ProviderError, type ProviderClient } from '../../../core/http/provider-client.js';
import type { ProviderForecast, WeatherProvider } from '../forecast/hourly-forecast.js';
import { fetchNwsForecast } from './nws/fetch-nws-forecast.js';
import { fetchOpenMeteoForecast } from './open-meteo/fetch-open-meteo-forecast.js';

export interface WeatherClients { nws: ProviderClient; openMeteo: ProviderClient }

/** Where and until when a forecast is needed. */
export interface ForecastRequest { latitude: number; longitude: number; country: string | null; until: Date; now: Date }

/** One provider that did not give a usable forecast; `fault` false means it answered but not far enough. */
export interface ProviderMiss { provider: WeatherProvider; message: string; fault: boolean; retryable: boolean }

export interface VenueForecastResult { forecast: ProviderForecast | null; misses: ProviderMiss[] }

/**
 * Asks the providers in order until one covers `until`: NWS first for US venues (the official forecast,
 * hourly to ~7 days), then Open-Meteo (worldwide, up to 16 days). A provider that is down is recorded and
 * skipped, so one outage never stops the refresh.
 */
export async function fetchVenueForecast(clients: WeatherClients, req: ForecastRequest): Promise<VenueForecastResult> {
  const order: WeatherProvider[] = req.country === 'USA' ? ['nws', 'open-meteo'] : ['open-meteo'];
  const misses: ProviderMiss[] = [];
  for (const provider of order) {
    try {
      const forecast = provider === 'nws'
        ? await fetchNwsForecast(clients.nws, req.latitude, req.longitude)
        : await fetchOpenMeteoForecast(clients.openMeteo, req.latitude, req.longitude, daysUntil(req.until, req.now));
      const last = forecast.hours.reduce((max, h) => Math.max(max, h.time.getTime() + 3_600_000), 0);
      if (last >= req.until.getTime()) return { forecast, misses };
      misses.push({ provider, message: `forecast ends ${new Date(last).toISOString()}, before ${req.until.toISOString()}`, fault: false, retryable: false });
    } catch (error) {
      const retryable = error instanceof ProviderError ? error.retryable : false;
      misses.push({ provider, message: (error as Error).message, fault: true, retryable });
    }
  }
  return { forecast: null, misses };
}

function daysUntil(until: Date, now: Date): number {
  return Math.ceil((until.getTime() - now.getTime()) / 86_400_000) + 1;
}
