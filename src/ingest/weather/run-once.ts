import type { RunOnce } from '../../core/ingest-once.js';

/** `sportsdata ingest weather --once`: seed venues, then one forecast refresh, in the foreground. */
export const runOnce: RunOnce = async (ctx) => {
  const { seedVenues } = await import('./store/seed-venues.js');
  const { runWeatherRefresh } = await import('./refresh/run-weather-refresh.js');
  const seeded = await seedVenues(ctx.db);
  const summary = await runWeatherRefresh(ctx);
  return { venues: seeded.venues, ...summary };
};
