import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';

/**
 * One odds poll. The role's cron sends `{ trigger: 'schedule' }` every INGEST_ODDS_CRON tick and the handler polls
 * only when the pace (kickoff proximity, quota, a recent 401/429) says it is due; `manual` always polls.
 */
export const pollOdds = defineJob({
  name: 'ingest-odds.poll-odds',
  role: 'ingest-odds',
  description: 'Polls The Odds API: game lines and player props, stores changed prices and consensus lines',
  schema: z.object({ trigger: z.enum(['schedule', 'manual']).default('schedule') }),
  // Provider faults retry with backoff (30s, 60s, 120s) then go to the dead-letter queue; 401/429 are never thrown.
  policy: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
  handler: async (payload, ctx) => {
    if (!ctx.config.ODDS_API_KEY) {
      ctx.logger.warn('ingest-odds: ODDS_API_KEY is not set, poll skipped');
      return { status: 'skipped', reason: 'ODDS_API_KEY is not set' };
    }
    // A retry must not be talked out of running by the failed attempt it retries.
    if (payload.trigger === 'schedule' && ctx.retryCount === 0) {
      const { checkPollDue } = await import('../schedule/check-poll-due.js');
      const decision = await checkPollDue(ctx.db, ctx.config);
      if (!decision.due) {
        ctx.logger.debug({ ...decision }, 'ingest-odds: poll not due');
        return { status: 'not_due', ...decision };
      }
    }
    const { runPollCycle } = await import('../run-poll-cycle.js');
    return runPollCycle(ctx, payload.trigger);
  },
});
