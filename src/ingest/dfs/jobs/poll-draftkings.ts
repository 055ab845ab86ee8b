import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';
import { SPORTS } from '../../../core/site-rules.js';

/**
 * One DraftKings discovery pass: reads the lobby of each sport (payload, else DFS_SPORTS) and sends one
 * import-draft-group job per new or still-open draft group (one job id per draft group and 5-minute window, so
 * overlapping polls enqueue it once). A lobby fault (5xx, timeout, 401/403, malformed JSON, changed schema) throws: pg-boss retries
 * with backoff, then fails the job and copies it to the dead-letter queue.
 */
export const pollDraftkings = defineJob({
  name: 'ingest-dfs.poll-draftkings',
  role: 'ingest-dfs',
  description: 'Discovers DraftKings draft groups and enqueues their import',
  schema: z.object({ sports: z.array(z.enum(SPORTS)).optional() }),
  policy: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  handler: async (payload, ctx) => {
    const { runDraftkingsPoll } = await import('../draftkings/run-draftkings-poll.js');
    return runDraftkingsPoll(ctx, payload.sports ?? ctx.config.DFS_SPORTS, 'enqueue');
  },
});
