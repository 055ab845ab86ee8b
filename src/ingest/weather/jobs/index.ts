/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { refreshForecastsJob } from './refresh-forecasts.js';
import { seedVenuesJob } from './seed-venues.js';

export const weatherJobs = [refreshForecastsJob, seedVenuesJob] as const;
