/**
 * GET /slates/:id/simulations (start forms + runs); POST queues a projections run (the API's startSimulation; the
 * contest form posts to contest-simulation-routes.ts); GET a run's page (a contest run's results table sorted by
 * ?sort=) and its progress fragment, which htmx polls every 2 s until the run is finished.
 */
import type { Express } from 'express';
import { z } from 'zod';
import { formNumber } from '../forms/form-number.js';
import { dbIdText } from '../../core/validation/db-id.js';
import { AppError } from '../../core/errors.js';
import { startSimulation, userOf } from '../../api/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, redirectAfterPost, renderPage } from '../http/render-page.js';
import { loadSlate } from '../data/load-slate.js';
import { loadSimulation, scalarFields } from '../data/list-simulations.js';
import { loadContestLineups } from '../data/load-contest-lineups.js';
import { CONTEST_SORTS, contestSortOf, readContestResult } from '../contest/read-contest-result.js';
import { renderFinishChart } from '../contest/finish-distribution.js';
import { loadRunSummary } from '../data/load-run-summary.js';
import { showSimulationRuns, showSimulationsPage } from './simulations-page.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const StartForm = z.object({
  sims: formNumber().int().min(100, 'at least 100 simulations').max(200_000, 'at most 200,000 simulations'),
  /** An uploaded projection set to simulate around instead of site averages. */
  baselineSetId: z.preprocess((v) => (v === '' ? undefined : v), dbIdText().optional()),
});

export function mountSimulationRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;

  web.get('/slates/:id/simulations', ...guards.page, async (req, res) => {
    const started = req.query.started === '1' ? 'projections' : req.query.started === 'contest' ? 'contest' : null;
    await showSimulationsPage(req, res, db, deps.boss, idParam(req.params.id, 'slate'), userOf(req), { started });
  });

  web.post('/slates/:id/simulations', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const user = userOf(req);
    const form = StartForm.safeParse(req.body);
    let error: string | null = null;
    if (!form.success) error = describeZodError(form.error, { separator: ': ' });
    if (!error && form.success) {
      try {
        await startSimulation({ db, send: deps.send, user }, {
          kind: 'projections', slateId, sims: form.data.sims,
          ...(form.data.baselineSetId !== undefined ? { projectionSetId: form.data.baselineSetId } : {}),
        });
        const target = `/slates/${slateId}/simulations?started=1`;
        redirectAfterPost(req, res, target);
        return;
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        error = e.message;
        res.status(e.status);
      }
    } else {
      res.status(400);
    }
    await showSimulationsPage(req, res, db, deps.boss, slateId, user, { error, form: (req.body ?? {}) as Record<string, unknown> });
  });

  // Before /:runId, which would read "runs" as a run id.
  web.get('/slates/:id/simulations/runs', ...guards.page, async (req, res) => {
    await showSimulationRuns(req, res, db, deps.boss, idParam(req.params.id, 'slate'), userOf(req));
  });

  web.get('/slates/:id/simulations/:runId', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const user = userOf(req);
    const [slate, run] = await Promise.all([loadSlate(db, slateId), loadSimulation(db, slateId, idParam(req.params.runId, 'simulation'), user)]);
    const sort = contestSortOf(req.query.sort);
    const contest = run.kind === 'contest' ? readContestResult(run.result, sort) : null;
    const lineups = contest ? await loadContestLineups(db, contest.lineups.flatMap((l) => (l.lineupId === null ? [] : [l.lineupId])), user) : new Map();
    const summary = run.kind === 'contest' ? null : await loadRunSummary(db, run);
    renderPage(req, res, 'simulation', { title: `Simulation ${run.id}`, nav: 'slates', slate, run, fields: scalarFields(run.result), summary, contest, lineups, sort, sorts: CONTEST_SORTS, finishChart: contest ? renderFinishChart(contest.lineups) : null });
  });

  web.get('/slates/:id/simulations/:runId/progress', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const run = await loadSimulation(db, slateId, idParam(req.params.runId, 'simulation'), userOf(req));
    // When the run finishes, refresh the whole page once so the results appear (htmx follows HX-Refresh).
    if (run.finished && req.query.live === '1') res.set('HX-Refresh', 'true');
    renderPage(req, res, 'partials/sim-progress', { title: '', run, slateId, live: req.query.live === '1' });
  });
}
