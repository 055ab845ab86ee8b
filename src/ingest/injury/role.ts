/** The ingest-injury role: on its cron it enqueues the fan-out that polls every injury source. */
import type { RoleContext, RoleHandle } from '../../core/role-context.js';
import { scheduleJob } from '../../core/jobs/schedule.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  const schedule = scheduleJob(ctx, ctx.config.INGEST_INJURY_CRON, 'ingest-injury.poll-injuries', {});
  ctx.logger.info({ cron: ctx.config.INGEST_INJURY_CRON, next: schedule.nextRun() }, 'ingest-injury started');
  return { stop: async () => schedule.stop() };
}
