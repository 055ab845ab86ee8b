/** The ingest-dfs role: schedules DraftKings polls (INGEST_DFS_CRON). Its job workers are started by the platform. */
import { scheduleJob } from '../../core/jobs/schedule.js';
import type { RoleContext, RoleHandle } from '../../core/role-context.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  const { config, logger } = ctx;
  const handle = scheduleJob(ctx, config.INGEST_DFS_CRON, 'ingest-dfs.poll-draftkings', {});
  logger.info({ cron: config.INGEST_DFS_CRON, sports: config.DFS_SPORTS, api: config.DRAFTKINGS_API_URL }, 'ingest-dfs scheduled');
  return { stop: async () => handle.stop() };
}
