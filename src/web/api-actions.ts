/**
 * The writes the dashboard asks the backend API to do (start a simulation, start an optimizer run, store an
 * upload). The dashboard never does them itself: each one is the API's use-case. Until a use-case is exported
 * from src/api/index.ts the action answers 503 naming what is missing, so the page says so instead of failing.
 */
import type { Db } from '../core/db.js';
import type { SendJob } from '../core/jobs/send-job.js';
import { AppError } from '../core/errors.js';
import type { PublicUser } from '../api/index.js';

export interface ActionContext { db: Db; send: SendJob; user: PublicUser }

const unavailable = (what: string): AppError =>
  new AppError('not_available', `${what} is not available in this build yet (the backend API does not provide it)`, 503);

export interface StartSimulationInput { slateId: number; kind: 'projections' | 'contest'; sims: number; lineupSetId?: number; projectionSetId?: number }
/** Starts a simulation run; returns its id. */
export async function startSimulation(_ctx: ActionContext, _input: StartSimulationInput): Promise<{ runId: number }> {
  throw unavailable('starting a simulation');
}

export interface StartOptimizerInput { slateId: number; projectionSetId: number | null; rules: unknown }
/** Starts an optimizer run; returns the lineup set id. */
export async function startOptimizer(_ctx: ActionContext, _input: StartOptimizerInput): Promise<{ lineupSetId: number }> {
  throw unavailable('the optimizer');
}

export interface UploadProjectionsInput { slateId: number; fileName: string; content: Buffer; name?: string }
/** Stores a projection CSV; returns the upload id (its report is on the Upload row). */
export async function uploadProjections(_ctx: ActionContext, _input: UploadProjectionsInput): Promise<{ uploadId: number }> {
  throw unavailable('uploading projections');
}

/** The lineup set as the site's upload CSV. */
export async function exportLineups(_ctx: ActionContext, _lineupSetId: number): Promise<{ fileName: string; csv: string }> {
  throw unavailable('exporting lineups');
}
