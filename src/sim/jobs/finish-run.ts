import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';

/** Reduces a run's chunks into its results (projection set, or contest results). Safe to run twice. */
export const finishRun = defineJob({
  name: 'sim-engine.finish-run',
  role: 'sim-engine',
  description: 'Reduces the chunks of a simulation run and stores the results',
  schema: z.object({ runId: z.number().int().positive() }),
  policy: { retryLimit: 3, expireInSeconds: 900 },
  handler: async (payload, ctx) => {
    const { finishRunJob } = await import('../start-runs.js');
    return finishRunJob(ctx, payload.runId);
  },
});
