/** The ingest-stats role: on its cron it enqueues the fan-out that fetches box scores of games that ended. */
import type { RoleContext, RoleHandle } from '../../core/role-context.js';
import { scheduleJob } from '../../core/jobs/schedule.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  const schedule = scheduleJob(ctx, ctx.config.INGEST_STATS_CRON, 'ingest-stats.poll-box-scores', {});
  ctx.logger.info({ cron: ctx.config.INGEST_STATS_CRON, next: schedule.nextRun() }, 'ingest-stats started');
  return { stop: async () => schedule.stop() };
}
