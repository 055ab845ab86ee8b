/**
 * The sim-engine role. Its jobs' workers are started by the platform; the role adds the schedule that re-runs
 * projections when a slate's inputs change (new salaries, injuries, odds or weather).
 */
import { scheduleJob } from '../core/jobs/schedule.js';
import type { RoleContext, RoleHandle } from '../core/role-context.js';

/** Every 10 minutes: cheap (a few aggregate queries per upcoming slate) and well inside a news cycle. */
const REFRESH_CRON = '*/10 * * * *';

export async function start(ctx: RoleContext): Promise<RoleHandle> {
  const schedule = scheduleJob(ctx, REFRESH_CRON, 'sim-engine.refresh-stale', { horizonHours: 36, sims: 10_000 });
  ctx.logger.info({ cron: REFRESH_CRON, next: schedule.nextRun() }, 'sim-engine started');
  return { stop: async () => schedule.stop() };
}
