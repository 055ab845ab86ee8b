import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';
import { deterministicJobId } from '../../../core/jobs/schedule.js';

/** The scheduled fan-out: one `ingest-stats.fetch-box-score` per ended game still missing its box score. */
export const pollBoxScoresJob = defineJob({
  name: 'ingest-stats.poll-box-scores',
  role: 'ingest-stats',
  description: 'Finds games on stored slates that ended and have no box score yet; enqueues one fetch per game',
  schema: z.object({}),
  policy: { retryLimit: 2, retryDelay: 10, expireInSeconds: 5 * 60 },
  handler: async (_payload, ctx) => {
    const { findEndedGames } = await import('../find-ended-games.js');
    const games = await findEndedGames(ctx.db, new Date(), ctx.config.INGEST_STATS_LOOKBACK_HOURS);
    const sent: { gameId: number; jobId: string | null }[] = [];
    for (const g of games) {
      // Derived from this fan-out's id: a fan-out that runs twice still fetches each game once for this tick.
      const id = deterministicJobId(`ingest-stats.fetch-box-score|${g.gameId}|${ctx.jobId}`);
      sent.push({ gameId: g.gameId, jobId: await ctx.send('ingest-stats.fetch-box-score', { gameId: g.gameId }, { id, singletonKey: `box-score-${g.gameId}` }) });
    }
    return { games: sent };
  },
});
