/** /api/v1/simulations and /api/v1/lineup-sets: start (→ job id), status with progress, results, export. */
import { Router } from 'express';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import type { SendJob } from '../../core/jobs/send-job.js';
import { getJob } from '../../core/jobs/job-admin.js';
import { userOf } from '../auth/request-auth.js';
import { paginationSchema } from '../data/pagination.js';
import { exportLineupSet, listLineupSets, loadLineups, loadLineupSet } from '../runs/lineup-set-queries.js';
import { listSimulations, loadSimulation, loadSimulationJob, loadSimulationResults, toJobView } from '../runs/simulation-queries.js';
import { startOptimizer } from '../runs/start-optimizer.js';
import { cancelLineupSet, cancelSimulation } from '../runs/cancel-runs.js';
import { startSimulation, type StartSimulationInput } from '../runs/start-simulation.js';
import type { PayoutSourceConfig } from '../runs/resolve-payout.js';
import { parseInput } from './parse-input.js';

const idParam = z.object({ id: dbIdText() });
const slateFilter = z.object({ slateId: dbIdText().optional() });

export function runRoutes(db: Db, boss: PgBoss, send: SendJob, providers?: PayoutSourceConfig): Router {
  const router = Router();
  router.post('/simulations', async (req, res) => {
    const started = await startSimulation({ db, send, user: userOf(req), ...(providers ? { providers } : {}) }, (req.body ?? {}) as StartSimulationInput);
    res.status(202).location(`/api/v1/simulations/jobs/${started.jobId}`).json(started);
  });
  router.get('/simulations', async (req, res) => {
    res.json(await listSimulations(db, userOf(req), parseInput(slateFilter, req.query, 'query'), parseInput(paginationSchema, req.query, 'query')));
  });
  router.get('/simulations/jobs/:jobId', async (req, res) => {
    const { jobId } = parseInput(z.object({ jobId: z.string().min(1).max(64) }), req.params, 'path');
    res.json(await loadSimulationJob(db, boss, userOf(req), jobId));
  });
  router.get('/simulations/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json({ simulation: await loadSimulation(db, userOf(req), id) });
  });
  router.post('/simulations/:id/cancel', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    await cancelSimulation(db, boss, userOf(req), id);
    res.json({ simulation: await loadSimulation(db, userOf(req), id) });
  });
  router.get('/simulations/:id/results', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadSimulationResults(db, userOf(req), id));
  });

  router.post('/lineup-sets', async (req, res) => {
    const started = await startOptimizer({ db, send, user: userOf(req) }, (req.body ?? {}) as { slateId: number });
    res.status(202).location(`/api/v1/lineup-sets/${started.lineupSetId}`).json(started);
  });
  router.get('/lineup-sets', async (req, res) => {
    res.json(await listLineupSets(db, userOf(req), parseInput(slateFilter, req.query, 'query'), parseInput(paginationSchema, req.query, 'query')));
  });
  router.get('/lineup-sets/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { lineupSet } = await loadLineupSet(db, userOf(req), id);
    const job = await getJob(boss, lineupSet.jobId).then(toJobView, () => null);
    res.json({ lineupSet, job });
  });
  router.post('/lineup-sets/:id/cancel', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    await cancelLineupSet(db, boss, userOf(req), id);
    const { lineupSet } = await loadLineupSet(db, userOf(req), id);
    res.json({ lineupSet });
  });
  router.get('/lineup-sets/:id/lineups', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadLineups(db, userOf(req), id));
  });
  router.get('/lineup-sets/:id/export', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { fileName, csv } = await exportLineupSet(db, userOf(req), id);
    res.type('text/csv').attachment(fileName).send(csv);
  });
  return router;
}
