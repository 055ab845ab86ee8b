import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';

/** Builds with more lineups than fit a quick job have a queue of their own, so they never hold the worker that
 *  small builds wait for (LARGE_BUILD_LINEUPS in src/optimizer/index.ts). Same work as build-lineups. */
export const buildLargeLineups = defineJob({
  name: 'optimizer.build-large-lineups',
  role: 'optimizer',
  description: 'Builds the lineups of a large lineup set (its own queue, beside the small builds)',
  schema: z.object({ lineupSetId: z.number().int().positive() }),
  policy: { retryLimit: 2, retryDelay: 10, expireInSeconds: 1800 },
  handler: async (payload, ctx) => {
    const { buildLineupSet } = await import('../build-lineup-set.js');
    return buildLineupSet(ctx.db, payload.lineupSetId, { logger: ctx.logger, jobId: ctx.jobId, lastAttempt: ctx.lastAttempt, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  },
});
