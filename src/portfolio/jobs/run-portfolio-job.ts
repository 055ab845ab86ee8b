import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';

/** Runs one queued PortfolioRun (portfolio or late swap over a user's stored entries) in the optimizer role. */
export const runPortfolioJob = defineJob({
  name: 'optimizer.run-portfolio',
  role: 'optimizer',
  description: 'Builds a portfolio for, or late-swaps, a user\'s stored entries on a slate',
  schema: z.object({ portfolioRunId: z.number().int().positive() }),
  policy: { retryLimit: 1, retryDelay: 10, expireInSeconds: 1800 },
  handler: async (payload, ctx) => {
    const { runStoredPortfolioRun } = await import('../data/run-stored.js');
    return runStoredPortfolioRun(ctx.db, payload.portfolioRunId);
  },
});
