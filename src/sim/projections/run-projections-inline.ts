import type { Db } from '../../core/db.js';
import type { CorrelationTarget } from '../correlation/correlation-targets.js';
import { finishProjectionRun, type RowProjection } from './finish-projection-run.js';
import { computeProjectionChunk, loadProjectionRun, planProjectionRun, type ProjectionRunRequest } from './projection-run.js';

/**
 * A whole projections run in this process (the CLI's foreground mode): the same plan, chunk and reduce steps
 * the jobs run, so its stored run, chunks and projection set are the ones a job-driven run would write.
 */
export async function runProjectionsInline(
  db: Db,
  request: ProjectionRunRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<{ runId: number; seed: number; projectionSetId: number; rows: RowProjection[]; warnings: string[]; correlationTargets: CorrelationTarget[] }> {
  const { runId, seed, chunks } = await planProjectionRun(db, request);
  const loaded = await loadProjectionRun(db, runId);
  for (const chunk of chunks) {
    const progress = await computeProjectionChunk(db, runId, chunk.index, loaded);
    onProgress?.(progress.done, progress.total);
  }
  const { projectionSetId, rows } = await finishProjectionRun(db, runId);
  return { runId, seed, projectionSetId, rows, warnings: loaded.params.warnings, correlationTargets: loaded.params.correlationTargets };
}
