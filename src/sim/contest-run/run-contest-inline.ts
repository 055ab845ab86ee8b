import type { Db } from '../../core/db.js';
import type { ContestRunRequest } from './request-schema.js';
import { computeContestChunk, finishContestRun, planContestRun } from './contest-run.js';

/**
 * A whole contest run in this process (the CLI): plan (field in a worker thread), every scoring chunk, finish.
 * Stored like a job-run contest, so the dashboard and the API show it too.
 */
export async function runContestInline(db: Db, request: ContestRunRequest): Promise<{ runId: number; seed: number; sims: number } & Awaited<ReturnType<typeof finishContestRun>>> {
  const { runId, chunks } = await planContestRun(db, request);
  for (const chunk of chunks) await computeContestChunk(db, runId, chunk.index);
  const result = await finishContestRun(db, runId);
  const run = await db.simulationRun.findUniqueOrThrow({ where: { id: runId }, select: { seed: true, sims: true } });
  return { runId, seed: Number(run.seed), sims: run.sims, ...result };
}
