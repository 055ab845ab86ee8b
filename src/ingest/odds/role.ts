/** The ingest-odds role: schedules odds polls. Its job workers are started by the platform. */
import { noopHandle, type RoleContext, type RoleHandle } from '../../core/role-context.js';
import { scheduleJob } from '../../core/jobs/schedule.js';
import { parsePollSchedule } from './schedule/parse-poll-schedule.js';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  const { config, logger } = ctx;
  if (!config.ODDS_API_KEY) {
    logger.warn('ingest-odds idles: ODDS_API_KEY is not set (get a key at https://the-odds-api.com and restart)');
    return noopHandle;
  }
  // Fail the role at start on a bad schedule rather than at the first tick.
  const schedule = parsePollSchedule(config.ODDS_POLL_SCHEDULE);
  const handle = scheduleJob(ctx, config.INGEST_ODDS_CRON, 'ingest-odds.poll-odds', { trigger: 'schedule' });
  logger.info({ cron: config.INGEST_ODDS_CRON, schedule, sports: config.ODDS_SPORTS, regions: config.ODDS_REGIONS }, 'ingest-odds scheduled');
  return { stop: async () => handle.stop() };
}
