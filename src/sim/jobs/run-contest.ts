import { defineJob } from '../../core/jobs/define-job.js';
import { ContestRunRequestSchema } from '../contest-run/request-schema.js';

/** Simulates our lineups in a contest against a generated field; scoring fans out into chunk jobs. */
export const runContest = defineJob({
  name: 'sim-engine.run-contest',
  role: 'sim-engine',
  description: 'Simulates a lineup set in a contest (ROI, win %, top 1 %, cash %, finish, duplicates)',
  schema: ContestRunRequestSchema,
  policy: { retryLimit: 2, expireInSeconds: 900 },
  handler: async (payload, ctx) => {
    const { startContestRun } = await import('../start-runs.js');
    return startContestRun(ctx, payload);
  },
});
