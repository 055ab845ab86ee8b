/**
 * A slate's simulation runs as the pages show them. The rows come from the API's queries (listSimulations,
 * loadSimulation, loadSimulationResults: the user's own runs and shared ones); this adds what only the page
 * needs: whether a run is finished (to stop polling) and its result's scalar fields.
 */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { listSimulations as apiListSimulations, loadSimulation as apiLoadSimulation, loadSimulationResults, type PublicUser } from '../../api/index.js';

type ApiRun = Awaited<ReturnType<typeof apiLoadSimulation>>;
export type SimulationView = ApiRun & { finished: boolean; mine: boolean; result: unknown };

const FINISHED = new Set(['done', 'completed', 'failed', 'cancelled']);

const toView = (run: ApiRun, result: unknown = null): SimulationView => ({
  ...run, progress: Math.min(1, run.progress), finished: FINISHED.has(run.status), mine: run.owned, result,
});

/** Newest first. */
export async function listSimulations(db: Db, slateId: number, user: PublicUser, limit = 50): Promise<SimulationView[]> {
  const page = await apiListSimulations(db, user, { slateId }, { limit, offset: 0 });
  return page.items.map((run) => toView(run));
}

/** One run of this slate with its stored result once done, or a 404 (also for another user's run). */
export async function loadSimulation(db: Db, slateId: number, runId: number, user: PublicUser): Promise<SimulationView> {
  const run = await apiLoadSimulation(db, user, runId);
  if (run.slateId !== slateId) throw new AppError('not_found', `simulation ${runId} not found`);
  if (run.status !== 'done') return toView(run);
  const { result } = await loadSimulationResults(db, user, runId);
  return toView(run, result);
}

/** Top-level scalar fields of a JSON result, for a generic summary table. */
export function scalarFields(value: unknown): [string, string | number | boolean][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter((e): e is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof e[1]));
}
