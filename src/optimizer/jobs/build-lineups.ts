import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';

/** Builds the lineups of one queued LineupSet (created by the API with its rules and projection set). */
export const buildLineups = defineJob({
  name: 'optimizer.build-lineups',
  role: 'optimizer',
  description: 'Builds the lineups of a lineup set and stores them with the exposure report',
  schema: z.object({ lineupSetId: z.number().int().positive() }),
  policy: { retryLimit: 2, retryDelay: 10, expireInSeconds: 1800 },
  handler: async (payload, ctx) => {
    const { buildLineupSet } = await import('../build-lineup-set.js');
    return buildLineupSet(ctx.db, payload.lineupSetId, { logger: ctx.logger, jobId: ctx.jobId, lastAttempt: ctx.lastAttempt, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  },
});
