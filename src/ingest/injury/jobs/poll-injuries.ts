import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';
import { deterministicJobId } from '../../../core/jobs/schedule.js';

/** The scheduled fan-out: one `ingest-injury.poll-source` job per configured source. */
export const pollInjuriesJob = defineJob({
  name: 'ingest-injury.poll-injuries',
  role: 'ingest-injury',
  description: 'Enqueues one poll per injury source (ESPN per sport, news feeds, NFL report, site statuses)',
  schema: z.object({}),
  policy: { retryLimit: 2, retryDelay: 10, expireInSeconds: 5 * 60 },
  handler: async (_payload, ctx) => {
    const { listInjurySources, describeSource } = await import('../sources/injury-source.js');
    const sources = listInjurySources(ctx.config);
    const sent: { source: string; jobId: string | null }[] = [];
    for (const source of sources) {
      // Ids derive from this fan-out's id: if it runs twice, each source is still polled once for this tick.
      const id = deterministicJobId(`ingest-injury.poll-source|${JSON.stringify(source)}|${ctx.jobId}`);
      sent.push({ source: describeSource(source), jobId: await ctx.send('ingest-injury.poll-source', source, { id }) });
    }
    return { sources: sent };
  },
});
