/**
 * Job-side orchestration of simulation runs: plan (or find the run a retried job already planned), fan out
 * chunk jobs, store chunks, reduce once all chunks are in. Loaded lazily by the job handlers.
 */
import type { JobContext } from '../core/jobs/define-job.js';
import type { ContestRunRequest } from './contest-run/request-schema.js';
import { computeContestChunk, ensureContestField, finishContestRun, planContestRun } from './contest-run/contest-run.js';
import { failRun } from './data/run-store.js';
import { cancelRun, isRunCancelled, removeCancelledOutput, RunCancelledError, runFailureMessage } from './data/run-cancel.js';
import { finishProjectionRun } from './projections/finish-projection-run.js';
import { computeProjectionChunk, planProjectionRun, type ProjectionRunRequest } from './projections/projection-run.js';

type Ctx = Pick<JobContext, 'db' | 'send' | 'logger' | 'jobId' | 'lastAttempt' | 'signal'>;

async function findRunOfJob(ctx: Ctx, kind: string): Promise<{ id: number; chunkCount: number } | null> {
  return ctx.db.simulationRun.findFirst({ where: { kind, params: { path: ['jobId'], equals: ctx.jobId } }, select: { id: true, chunkCount: true } });
}

/**
 * Sends a run's chunk jobs. Fair share between runs: chunk i has priority -i, so workers take the runs' chunks in
 * turn (every run's chunk 0, then every run's chunk 1...) instead of one 80-chunk run before another's 2 chunks.
 */
async function fanOut(ctx: Ctx, runId: number, chunkCount: number): Promise<void> {
  for (let chunkIndex = 0; chunkIndex < chunkCount; chunkIndex++) {
    await ctx.send('sim-engine.run-chunk', { runId, chunkIndex }, { singletonKey: `sim-run-${runId}-chunk-${chunkIndex}`, priority: -chunkIndex });
  }
}

/** `sim-engine.run-projections`: plans the run and sends its chunks (one-chunk runs finish in place). */
export async function startProjectionRun(ctx: Ctx, request: Omit<ProjectionRunRequest, 'jobId'>): Promise<{ runId: number; chunks: number }> {
  const existing = await findRunOfJob(ctx, 'projections');
  if (existing) {
    await fanOut(ctx, existing.id, existing.chunkCount);
    return { runId: existing.id, chunks: existing.chunkCount };
  }
  const { runId, chunks } = await planProjectionRun(ctx.db, { ...request, jobId: ctx.jobId });
  ctx.logger.info({ runId, chunks: chunks.length, slateId: request.slateId }, 'projections run planned');
  if (chunks.length === 1) {
    await computeProjectionChunk(ctx.db, runId, 0);
    await finishProjectionRun(ctx.db, runId);
  } else {
    await fanOut(ctx, runId, chunks.length);
  }
  return { runId, chunks: chunks.length };
}

/** `sim-engine.run-contest`: builds the field, stores it with the run, sends the scoring chunks. */
export async function startContestRun(ctx: Ctx, request: ContestRunRequest): Promise<{ runId: number; chunks: number }> {
  const existing = await findRunOfJob(ctx, 'contest');
  if (existing) {
    if (await ensureContestField(ctx.db, existing.id, request)) ctx.logger.warn({ runId: existing.id }, 'contest run had no prepared field: rebuilt it');
    await fanOut(ctx, existing.id, existing.chunkCount);
    return { runId: existing.id, chunks: existing.chunkCount };
  }
  const { runId, chunks } = await planContestRun(ctx.db, request, ctx.jobId);
  ctx.logger.info({ runId, chunks: chunks.length }, 'contest run planned');
  await fanOut(ctx, runId, chunks.length);
  return { runId, chunks: chunks.length };
}

/** `sim-engine.run-chunk`: computes and stores one chunk; whoever stores the last one sends the reduce. */
export async function runChunkJob(ctx: Ctx, runId: number, chunkIndex: number): Promise<{ done: number; total: number }> {
  const run = await ctx.db.simulationRun.findUnique({ where: { id: runId }, select: { kind: true, status: true, chunkCount: true } });
  if (!run) throw new Error(`simulation run ${runId} does not exist`);
  if (run.status === 'done' || run.status === 'failed' || run.status === 'cancelled') return { done: run.chunkCount, total: run.chunkCount };
  try {
    const progress = run.kind === 'contest' ? await computeContestChunk(ctx.db, runId, chunkIndex) : await computeProjectionChunk(ctx.db, runId, chunkIndex);
    // Cancelled while this chunk ran: its stored output goes with the run's other chunks, and no reduce follows.
    if (ctx.signal?.aborted) await cancelRun(ctx.db, runId, 'cancelled: its chunk job was cancelled');
    if (ctx.signal?.aborted || (await isRunCancelled(ctx.db, runId))) {
      await removeCancelledOutput(ctx.db, runId);
      return progress;
    }
    if (progress.done >= progress.total) await ctx.send('sim-engine.finish-run', { runId }, { singletonKey: `sim-run-${runId}-finish` });
    return progress;
  } catch (error) {
    if (ctx.lastAttempt) await failRun(ctx.db, runId, runFailureMessage(`chunk ${chunkIndex}`, error, ctx.jobId));
    ctx.logger.warn({ runId, chunkIndex, err: (error as Error).message }, 'simulation chunk failed');
    throw error;
  }
}

/** `sim-engine.finish-run`: reduces a run once; a second call finds it done. */
export async function finishRunJob(ctx: Ctx, runId: number): Promise<{ runId: number; status: string }> {
  const run = await ctx.db.simulationRun.findUnique({ where: { id: runId }, select: { kind: true, status: true } });
  if (!run) throw new Error(`simulation run ${runId} does not exist`);
  if (run.status === 'done' || run.status === 'cancelled') return { runId, status: run.status };
  try {
    if (run.kind === 'contest') await finishContestRun(ctx.db, runId);
    else await finishProjectionRun(ctx.db, runId, ctx.signal);
    return { runId, status: 'done' };
  } catch (error) {
    if (error instanceof RunCancelledError) return { runId, status: 'cancelled' };
    ctx.logger.warn({ runId, err: (error as Error).message }, 'simulation reduce failed');
    if (ctx.lastAttempt) {
      await failRun(ctx.db, runId, runFailureMessage('reduce', error, ctx.jobId));
      // A set the reduce had not completed is not a result: it goes, so nobody lists a set without projections.
      await ctx.db.projectionSet.deleteMany({ where: { simulationRunId: runId, drawCount: null } });
    }
    throw error;
  }
}
