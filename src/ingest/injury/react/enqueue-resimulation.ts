import { deterministicJobId } from '../../../core/jobs/schedule.js';
import type { SendJob } from '../../../core/jobs/send-job.js';

/** The sim engine's job that re-runs a slate's projections (owned by src/sim). */
export const RESIM_JOB = 'sim-engine.run-projections' as const;

/**
 * Asks the sim engine to re-run a slate's projections after injury news. Two keys make it happen once:
 * the id comes from the slate and the exact changes (a second poll seeing the same news is a no-op), and
 * the singleton key folds a burst of different news into the one re-run still waiting in the queue.
 * Returns the job id, or null when pg-boss already had it.
 */
export async function enqueueResimulation(
  send: SendJob,
  input: { slateId: number; fingerprint: string; reason: string },
): Promise<string | null> {
  return send(RESIM_JOB, { slateId: input.slateId }, {
    id: deterministicJobId(`injury-resim|${input.slateId}|${input.fingerprint}`),
    singletonKey: `injury-resim:${input.slateId}`,
  });
}
