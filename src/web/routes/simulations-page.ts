/**
 * The simulations page as both of its forms render it (projections and contest): the slate, its runs, the
 * projection sets, the contest options, and which form (if any) is showing a problem with what the user typed.
 */
import type { Request, Response } from 'express';
import type PgBoss from 'pg-boss';
import type { Db } from '../../core/db.js';
import { listQueuedSimulations } from '../data/list-queued-simulations.js';
import type { PublicUser } from '../../api/index.js';
import { renderPage } from '../http/render-page.js';
import { loadSlate, listProjectionSets } from '../data/load-slate.js';
import { listSimulations } from '../data/list-simulations.js';
import { listContestOptions } from '../data/list-contest-options.js';

export interface SimulationsPageState {
  /** The projections form's problem and the values to put back. */
  error?: string | null;
  form?: Record<string, unknown>;
  /** The contest form's problem and the values to put back. */
  contestError?: string | null;
  contestForm?: Record<string, unknown>;
  /** Which form just queued a run ('projections' or 'contest'), for the confirmation line. */
  started?: string | null;
}

export async function showSimulationsPage(req: Request, res: Response, db: Db, boss: PgBoss, slateId: number, user: PublicUser, state: SimulationsPageState): Promise<void> {
  const [slate, runs, sets, contest, queued] = await Promise.all([
    loadSlate(db, slateId), listSimulations(db, slateId, user), listProjectionSets(db, slateId, user.id), listContestOptions(db, slateId, user),
    listQueuedSimulations(db, boss, slateId, user.id),
  ]);
  renderPage(req, res, 'simulations', {
    title: `Simulations · ${slate.title}`, nav: 'slates', slate, runs, queued, sets, contest,
    error: state.error ?? null, form: state.form ?? {}, contestError: state.contestError ?? null, contestForm: state.contestForm ?? {},
    started: state.started ?? null,
  });
}

/** The Runs list alone, as htmx polls it (see partials/sim-runs.ejs). */
export async function showSimulationRuns(req: Request, res: Response, db: Db, boss: PgBoss, slateId: number, user: PublicUser): Promise<void> {
  const [slate, runs, queued] = await Promise.all([loadSlate(db, slateId), listSimulations(db, slateId, user), listQueuedSimulations(db, boss, slateId, user.id)]);
  renderPage(req, res, 'partials/sim-runs', { title: '', slate, runs, queued });
}
