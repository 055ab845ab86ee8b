/**
 * POST /slates/:id/simulations/contest: the contest form → the API's startSimulation (kind 'contest'), the same
 * use-case POST /api/v1/simulations runs. Problems in the form (400) and refusals of the use-case (a 404 set, a
 * 422 "nothing to run", a 400 payout, a DraftKings contest that could not be read) come back in the form.
 */
import type { Express } from 'express';
import { AppError } from '../../core/errors.js';
import { startSimulation, userOf } from '../../api/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, redirectAfterPost } from '../http/render-page.js';
import { parseContestForm } from '../contest/parse-contest-form.js';
import { showSimulationsPage } from './simulations-page.js';

export function mountContestSimulationRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;
  // The DraftKings contest API's URLs, as the API router passes them (a contest id is fetched by the use-case).
  const providers = { DRAFTKINGS_API_URL: deps.config.DRAFTKINGS_API_URL, DRAFTKINGS_LOBBY_URL: deps.config.DRAFTKINGS_LOBBY_URL };

  web.post('/slates/:id/simulations/contest', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const user = userOf(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const parsed = parseContestForm(body, slateId);
    let problem: string;
    if ('problem' in parsed) {
      problem = parsed.problem;
      res.status(400);
    } else {
      try {
        await startSimulation({ db, send: deps.send, user, providers }, parsed.input);
        redirectAfterPost(req, res, `/slates/${slateId}/simulations?started=contest`);
        return;
      } catch (e) {
        // A DraftKings contest that could not be read is the user's to retry or enter by hand, not a crash page.
        const shown = e instanceof AppError && (e.status < 500 || e.code === 'provider_unavailable');
        if (!shown) throw e;
        problem = e.message;
        res.status(e.status);
      }
    }
    await showSimulationsPage(req, res, db, deps.boss, slateId, user, { contestError: problem, contestForm: body });
  });
}
