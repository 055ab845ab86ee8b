import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';

/** One game's box score: its own job, so a provider that is down for one game is retried without holding the others. */
export const fetchBoxScoreJob = defineJob({
  name: 'ingest-stats.fetch-box-score',
  role: 'ingest-stats',
  description: 'Fetches one ended game\'s box score (ESPN or MLB Stats API), stores stat lines and scores covered slates',
  schema: z.object({ gameId: z.number().int().positive() }),
  policy: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 10 * 60 },
  handler: async (payload, ctx) => {
    const { fetchBoxScore } = await import('../fetch-box-score.js');
    return fetchBoxScore(ctx.db, ctx.config, payload.gameId);
  },
});
