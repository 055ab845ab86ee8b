import { defineJob } from '../../../core/jobs/define-job.js';
import { InjurySourceSchema } from '../sources/injury-source.js';

/**
 * Polls one injury source. One job per source so a provider that is down is retried and dead-lettered on
 * its own while the others carry on.
 */
export const pollSourceJob = defineJob({
  name: 'ingest-injury.poll-source',
  role: 'ingest-injury',
  description: 'Fetches one injury source, stores new statuses and reacts to changes (re-sims, lineup swap flags)',
  schema: InjurySourceSchema,
  policy: { retryLimit: 3, retryDelay: 20, retryBackoff: true, expireInSeconds: 10 * 60 },
  handler: async (payload, ctx) => {
    const { pollInjurySource } = await import('../poll/poll-injury-source.js');
    return pollInjurySource(ctx, payload);
  },
});
