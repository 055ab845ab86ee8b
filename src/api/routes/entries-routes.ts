/**
 * /api/v1/slates/{id}/entries (upload, list, export), /api/v1/contests/{id}/payout, and the slate-day runs:
 * /api/v1/slates/{id}/portfolio, /api/v1/slates/{id}/late-swap, /api/v1/portfolio-runs/{id}.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import type { SendJob } from '../../core/jobs/send-job.js';
import type { Auth } from '../auth/create-auth.js';
import { userOf } from '../auth/request-auth.js';
import { exportEntries, importEntriesFile, listEntries, loadPortfolioRun, setContestPayout, startPortfolioRun } from '../entries/entries-actions.js';
import { parseInput } from './parse-input.js';
import { receiveFile, receivedFile } from './receive-file.js';

const idParam = z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) });
const swapQuery = z.object({ mode: z.enum(['quick', 'full']).default('quick') });
type Providers = Pick<Config, 'DRAFTKINGS_API_URL' | 'DRAFTKINGS_LOBBY_URL'>;

/** The entries upload parses its own (multipart) body, so it checks CSRF after parsing, like the other uploads. */
export function entriesUploadRoute(db: Db, auth: Auth, providers?: Providers): Router {
  const router = Router();
  router.post('/slates/:id/entries', ...receiveFile(2 * 1024 * 1024), auth.verifyCsrf, async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.status(201).json(await importEntriesFile({ db, user: userOf(req), ...(providers ? { providers } : {}) }, id, receivedFile(res).content));
  });
  return router;
}

export function entriesRoutes(db: Db, send: SendJob): Router {
  const router = Router();
  router.get('/slates/:id/entries', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await listEntries({ db, user: userOf(req) }, id));
  });
  router.get('/slates/:id/entries/export', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { fileName, csv } = await exportEntries({ db, user: userOf(req) }, id);
    res.type('text/csv').attachment(fileName).send(csv);
  });
  router.put('/contests/:id/payout', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await setContestPayout({ db, user: userOf(req) }, id, req.body));
  });
  router.post('/slates/:id/portfolio', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const run = await startPortfolioRun({ db, user: userOf(req), send }, id, 'portfolio', req.body);
    res.status(202).location(`/api/v1/portfolio-runs/${run.id}`).json(run);
  });
  router.post('/slates/:id/late-swap', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { mode } = parseInput(swapQuery, req.query, 'query');
    const run = await startPortfolioRun({ db, user: userOf(req), send }, id, mode === 'full' ? 'late-swap-full' : 'late-swap-quick', req.body);
    res.status(202).location(`/api/v1/portfolio-runs/${run.id}`).json(run);
  });
  router.get('/portfolio-runs/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadPortfolioRun({ db, user: userOf(req) }, id));
  });
  return router;
}
