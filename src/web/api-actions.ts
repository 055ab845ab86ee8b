/**
 * The writes the dashboard asks for. Simulations are started the way the sim module's contract says: by sending
 * `sim-engine.run-projections`, whose handler creates the run. An optimizer run is a queued LineupSet row plus
 * `optimizer.build-lineups` (the job's documented contract); that is interim until the backend API exports its
 * start use-case, which then replaces it here. Uploads are the API's use-case. The site-format export is the
 * API's alone too: until src/api/index.ts exports it, it answers 503 naming what is missing, and the page says so.
 */
import type { Db } from '../core/db.js';
import type { SendJob } from '../core/jobs/send-job.js';
import { AppError } from '../core/errors.js';
import { uploadProjections as apiUploadProjections, type PublicUser } from '../api/index.js';
import { listProjectionSets } from './data/load-slate.js';

export interface ActionContext { db: Db; send: SendJob; user: PublicUser }

/** Which actions this build can do (browser tests skip the flows that are not wired yet, and say so). */
export const ACTIONS_AVAILABLE = { simulation: true, optimizer: true, upload: true, export: false } as const;

const unavailable = (what: string): AppError =>
  new AppError('not_available', `${what} is not available in this build yet (the backend API does not provide it)`, 503);

export interface StartSimulationInput { slateId: number; sims: number; baselineSetId?: number }
/** Queues a projections simulation; the run appears on the slate's simulations page when a worker takes it. */
export async function startSimulation(ctx: ActionContext, input: StartSimulationInput): Promise<{ jobId: string | null }> {
  if (input.baselineSetId !== undefined) await assertVisibleSet(ctx, input.slateId, input.baselineSetId);
  const jobId = await ctx.send('sim-engine.run-projections', {
    slateId: input.slateId, sims: input.sims, userId: ctx.user.id,
    ...(input.baselineSetId !== undefined ? { baselineSetId: input.baselineSetId } : {}),
  });
  return { jobId };
}

export interface StartOptimizerInput { slateId: number; projectionSetId: number | null; rules: { lineups: number } & Record<string, unknown> }
/** Creates the queued lineup set and sends the build job; returns the set id to follow. */
export async function startOptimizer(ctx: ActionContext, input: StartOptimizerInput): Promise<{ lineupSetId: number }> {
  if (input.projectionSetId === null) throw new AppError('no_projections', 'this slate has no projections yet: run a simulation or upload projections first', 409);
  await assertVisibleSet(ctx, input.slateId, input.projectionSetId);
  const set = await ctx.db.lineupSet.create({
    data: {
      slateId: input.slateId, userId: ctx.user.id, projectionSetId: input.projectionSetId, status: 'queued',
      requested: input.rules.lineups, rules: JSON.parse(JSON.stringify(input.rules)) as object,
    },
  });
  await ctx.send('optimizer.build-lineups', { lineupSetId: set.id });
  return { lineupSetId: set.id };
}

export interface UploadProjectionsInput { slateId: number; fileName: string; content: Buffer; name?: string }
/** The API's upload use-case: a new projection set plus an Upload row with the row report (fatal: AppError with details.uploadId). */
export async function uploadProjections(ctx: ActionContext, input: UploadProjectionsInput): Promise<{ uploadId: number }> {
  const { uploadId } = await apiUploadProjections({ db: ctx.db, user: ctx.user }, input);
  return { uploadId };
}

/** The lineup set as the site's upload CSV. */
export async function exportLineups(_ctx: ActionContext, _lineupSetId: number): Promise<{ fileName: string; csv: string }> {
  throw unavailable('exporting lineups');
}

/** Another user's projection set is "not found", like everywhere else. */
async function assertVisibleSet(ctx: ActionContext, slateId: number, setId: number): Promise<void> {
  const sets = await listProjectionSets(ctx.db, slateId, ctx.user.id);
  if (!sets.some((s) => s.id === setId)) throw new AppError('not_found', `projection set ${setId} not found for this slate`, 404);
}
