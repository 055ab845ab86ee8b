import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';

/**
 * Imports one DraftKings draft group (detail → rules → draftables → one transaction). Provider and payload faults
 * throw: retried with backoff, then failed and dead-lettered with the reason. Idempotent on natural keys.
 */
export const importDraftGroupJob = defineJob({
  name: 'ingest-dfs.import-draft-group',
  role: 'ingest-dfs',
  description: 'Imports one DraftKings draft group (salaries, statuses, games)',
  schema: z.object({ draftGroupId: z.number().int().positive(), name: z.string().optional() }),
  policy: { retryLimit: 3, retryDelay: 20, retryBackoff: true, expireInSeconds: 600 },
  handler: async (payload, ctx) => {
    const { runImportDraftGroup } = await import('../draftkings/run-draftkings-poll.js');
    return runImportDraftGroup(ctx, payload.draftGroupId, payload.name);
  },
});
