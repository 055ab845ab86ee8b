import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';

/** One chunk of a run's sims. Stored under (run, chunk): a killed worker's chunk simply runs again. */
export const runChunk = defineJob({
  name: 'sim-engine.run-chunk',
  role: 'sim-engine',
  description: 'Simulates one chunk of a run and stores it; the last chunk triggers the reduce',
  schema: z.object({ runId: z.number().int().positive(), chunkIndex: z.number().int().nonnegative() }),
  policy: { retryLimit: 3, expireInSeconds: 600 },
  handler: async (payload, ctx) => {
    const { runChunkJob } = await import('../start-runs.js');
    return runChunkJob(ctx, payload.runId, payload.chunkIndex);
  },
});
