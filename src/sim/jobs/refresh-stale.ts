import { z } from 'zod';
import { defineJob } from '../../core/jobs/define-job.js';

/** Re-simulates upcoming slates whose inputs (salaries, injuries, lines, weather) changed since their last run. */
export const refreshStale = defineJob({
  name: 'sim-engine.refresh-stale',
  role: 'sim-engine',
  description: 'Starts projections runs for upcoming slates whose inputs changed',
  schema: z.object({ horizonHours: z.number().positive().max(24 * 14).default(36), sims: z.number().int().min(100).max(200_000).default(10_000) }),
  policy: { retryLimit: 1, expireInSeconds: 300 },
  handler: async (payload, ctx) => {
    const { findStaleSlates } = await import('../data/find-stale-slates.js');
    const { deterministicJobId } = await import('../../core/jobs/schedule.js');
    const { slatesWithPendingProjections } = await import('../data/pending-projection-jobs.js');
    const pending = await slatesWithPendingProjections(ctx.db);
    const stale = (await findStaleSlates(ctx.db, new Date(), payload.horizonHours)).filter((s) => !pending.has(s.slateId));
    for (const s of stale) {
      // One run per (slate, input state): ticks and instances that see the same change enqueue it once.
      const id = deterministicJobId(`sim-engine.run-projections|${s.slateId}|${s.inputsChangedAt.toISOString()}`);
      await ctx.send('sim-engine.run-projections', { slateId: s.slateId, sims: payload.sims }, { id });
    }
    return { started: stale.map((s) => s.slateId) };
  },
});
