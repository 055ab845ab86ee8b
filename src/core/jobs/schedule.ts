/**
 * Cron-driven enqueueing (croner). The scheduler never does the work: at each tick it sends the job with an id
 * derived from the job, payload and tick time, so several instances ticking together enqueue it once.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger.js';
import { describeError } from '../errors.js';
import type { JobName, JobPayload, SendJob } from './send-job.js';
import { deterministicJobId } from './deterministic-job-id.js';

export { deterministicJobId };

export interface ScheduleHandle { stop(): void; nextRun(): Date | null }

/** Sends `name` with `payload` on every tick of `pattern` (UTC) until stopped. */
export function scheduleJob<N extends JobName>(
  deps: { send: SendJob; logger: Logger },
  pattern: string,
  name: N,
  payload: JobPayload<N>,
): ScheduleHandle {
  const job = new Cron(pattern, { timezone: 'UTC', protect: true, name: `${name}@${pattern}` }, async (self: Cron) => {
    const tick = self.currentRun() ?? new Date();
    tick.setMilliseconds(0);
    const id = deterministicJobId(`${name}|${JSON.stringify(payload)}|${tick.toISOString()}`);
    try {
      const sent = await deps.send(name, payload, { id });
      deps.logger.debug({ job: name, tick: tick.toISOString(), sent: sent !== null }, 'scheduled job enqueued');
    } catch (error) {
      deps.logger.error({ job: name, err: describeError(error) }, 'could not enqueue scheduled job');
    }
  });
  return { stop: () => job.stop(), nextRun: () => job.nextRun() };
}
