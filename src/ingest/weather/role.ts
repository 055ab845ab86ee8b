/** The ingest-weather role: seeds venues once per seed version, then refreshes forecasts on its cron. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { RoleContext, RoleHandle } from '../../core/role-context.js';
import { deterministicJobId, scheduleJob } from '../../core/jobs/schedule.js';
import { VENUE_SEED_URL } from './store/seed-venues.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  // The id follows the seed file's content: every instance enqueues one seeding per seed version.
  const seedHash = createHash('sha256').update(await readFile(VENUE_SEED_URL)).digest('hex').slice(0, 16);
  await ctx.send('ingest-weather.seed-venues', {}, { id: deterministicJobId(`ingest-weather.seed-venues|${seedHash}`) });
  const schedule = scheduleJob(ctx, ctx.config.INGEST_WEATHER_CRON, 'ingest-weather.refresh-forecasts', {});
  ctx.logger.info({ cron: ctx.config.INGEST_WEATHER_CRON, next: schedule.nextRun() }, 'ingest-weather started');
  return { stop: async () => schedule.stop() };
}
