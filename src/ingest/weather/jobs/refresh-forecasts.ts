import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';

/** Fetches forecasts for upcoming outdoor games whose refresh is due (the schedule tightens near kickoff). */
export const refreshForecastsJob = defineJob({
  name: 'ingest-weather.refresh-forecasts',
  role: 'ingest-weather',
  description: 'Refreshes weather forecasts for upcoming outdoor games (NWS, falling back to Open-Meteo)',
  schema: z.object({
    /** Only these games (default: every upcoming game). */
    gameIds: z.array(z.number().int().positive()).optional(),
    /** Fetch even when the last forecast is still fresh. */
    force: z.boolean().optional(),
  }),
  policy: { retryLimit: 4, retryDelay: 30, retryBackoff: true, expireInSeconds: 10 * 60 },
  handler: async (payload, ctx) => {
    const { runWeatherRefresh } = await import('../refresh/run-weather-refresh.js');
    const summary = await runWeatherRefresh(ctx, payload);
    // Forecasts already written stay (they are fresh, so a retry skips them); only failed venues are redone.
    if (summary.failedVenues.length > 0) {
      const names = summary.failedVenues.map((v) => v.name).join(', ');
      const faults = summary.faults.map((f) => `${f.provider}: ${f.message}`).join('; ');
      throw new Error(`no forecast for ${summary.failedVenues.length} venue(s) (${names}): ${faults}`);
    }
    return summary;
  },
});
