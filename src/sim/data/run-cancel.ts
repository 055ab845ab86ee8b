/**
 * Stopping a simulation run: its status becomes 'cancelled' (by the user or an admin, see the API); workers look
 * at it between chunks and between draw blocks, and what a cancelled run produced is removed (its chunks, a
 * half-written projection set), so a run is either done with complete results or has none.
 */
import type { Db } from '../../core/db.js';
import { isAppError } from '../../core/errors.js';

/** Thrown by a reduce that found its run cancelled; the job ends without a retry. */
export class RunCancelledError extends Error {
  constructor(runId: number) {
    super(`simulation run ${runId} was cancelled`);
    this.name = 'RunCancelledError';
  }
}

export async function isRunCancelled(db: Db, runId: number): Promise<boolean> {
  const run = await db.simulationRun.findUnique({ where: { id: runId }, select: { status: true } });
  return run?.status === 'cancelled';
}

/**
 * Marks a queued or running run cancelled and removes what it produced so far. Returns false when the run had
 * already finished (done, failed or cancelled): a finished run keeps its results.
 */
export async function cancelRun(db: Db, runId: number, reason: string): Promise<boolean> {
  const { count } = await db.simulationRun.updateMany({
    where: { id: runId, status: { in: ['queued', 'running'] } },
    data: { status: 'cancelled', error: reason, finishedAt: new Date() },
  });
  if (count === 0) return false;
  await removeCancelledOutput(db, runId);
  return true;
}

/** A cancelled run's chunks and its projection set if the reduce had not completed it (drawCount still null). */
export async function removeCancelledOutput(db: Db, runId: number): Promise<void> {
  await db.simulationChunk.deleteMany({ where: { runId } });
  await db.projectionSet.deleteMany({ where: { simulationRunId: runId, drawCount: null } });
}

/**
 * The one line a failed run shows its user: our own refusals (AppError) as they are; anything else (a database
 * error with its file paths, an engine bug) as a generic sentence naming the job, whose log has the details.
 */
export function runFailureMessage(step: string, error: unknown, jobId: string): string {
  if (isAppError(error) && error.status < 500) return `${step}: ${error.message}`;
  return `${step} failed on an internal error; the sim-engine log of job ${jobId} has the details`;
}
