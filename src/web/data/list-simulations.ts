/** Read-only: a slate's simulation runs the user may see (their own and system runs), with progress. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import type { SimulationRun } from '../../generated/prisma/client.js';

export interface SimulationView {
  id: number;
  kind: string;
  status: string;
  sims: number;
  chunkCount: number;
  chunksDone: number;
  /** 0..1 */
  progress: number;
  finished: boolean;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  params: unknown;
  result: unknown;
  projectionSetId: number | null;
  mine: boolean;
}

const FINISHED = new Set(['completed', 'done', 'succeeded', 'failed', 'cancelled']);

function toView(run: SimulationRun & { projectionSet: { id: number } | null }, userId: number): SimulationView {
  const progress = run.chunkCount > 0 ? Math.min(1, run.chunksDone / run.chunkCount) : 0;
  return {
    id: run.id, kind: run.kind, status: run.status, sims: run.sims, chunkCount: run.chunkCount, chunksDone: run.chunksDone,
    progress: FINISHED.has(run.status) && run.status !== 'failed' ? 1 : progress, finished: FINISHED.has(run.status),
    createdAt: run.createdAt, startedAt: run.startedAt, finishedAt: run.finishedAt, error: run.error,
    params: run.params, result: run.result, projectionSetId: run.projectionSet?.id ?? null, mine: run.userId === userId,
  };
}

/** Newest first. */
export async function listSimulations(db: Db, slateId: number, userId: number, limit = 50): Promise<SimulationView[]> {
  const runs = await db.simulationRun.findMany({
    where: { slateId, OR: [{ userId: null }, { userId }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    include: { projectionSet: { select: { id: true } } },
  });
  return runs.map((r) => toView(r, userId));
}

/** One run of the slate, or a 404 (also for another user's run: its existence is not revealed). */
export async function loadSimulation(db: Db, slateId: number, runId: number, userId: number): Promise<SimulationView> {
  const run = await db.simulationRun.findFirst({
    where: { id: runId, slateId, OR: [{ userId: null }, { userId }] },
    include: { projectionSet: { select: { id: true } } },
  });
  if (!run) throw new AppError('not_found', `simulation ${runId} not found`, 404);
  return toView(run, userId);
}

/** Top-level scalar fields of a JSON result, for a generic summary table. */
export function scalarFields(value: unknown): [string, string | number | boolean][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter((e): e is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof e[1]));
}
