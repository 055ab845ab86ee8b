import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';
import { CorrelationOverridesSchema } from '../correlation/correlation-overrides.js';

/** Starts a correlated projections simulation of a slate; big runs fan out into `sim-engine.run-chunk` jobs. */
export const runProjections = defineJob({
  name: 'sim-engine.run-projections',
  role: 'sim-engine',
  description: 'Simulates a slate into a projection set (per-player stats and draws)',
  schema: z.object({
    slateId: z.number().int().positive(),
    sims: z.number().int().min(100).max(200_000).default(10_000),
    seed: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
    /** An uploaded projection set used as the baseline instead of site averages. */
    baselineSetId: z.number().int().positive().nullable().optional(),
    chunkSize: z.number().int().min(100).optional(),
    userId: z.number().int().positive().nullable().optional(),
    /** Correlation targets over the sport's defaults, e.g. { "same:QB-WR": 0.35 }. */
    correlations: CorrelationOverridesSchema.optional(),
  }),
  policy: { retryLimit: 2, expireInSeconds: 600 },
  handler: async (payload, ctx) => {
    const { startProjectionRun } = await import('../start-runs.js');
    return startProjectionRun(ctx, payload);
  },
});
