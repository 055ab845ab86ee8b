/**
 * /api/v1/slates/{id}/results (upload, read), /api/v1/slates/{id}/grade and /grade/contest: what happened, how the
 * projections did, and how the simulated contest field compares with the real one.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { SITES, toSite } from '../../core/site-rules.js';
import type { Auth } from '../auth/create-auth.js';
import { userOf } from '../auth/request-auth.js';
import { loadSlateResults } from '../results/results-queries.js';
import { parseInput } from './parse-input.js';
import { receivedFile, receiveFile } from './receive-file.js';
import { loadSlateInfo } from '../../slates/index.js';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const uploadFields = z.object({ site: z.enum(SITES).optional() });
const gradeQuery = z.object({
  projectionSetId: z.coerce.number().int().positive().optional(),
  lineupSetId: z.coerce.number().int().positive().optional(),
});
const contestGradeQuery = z.object({ simulationId: z.coerce.number().int().positive().optional() });
/** A 100,000-entry standings export is ~20 MB. */
const RESULTS_TRANSPORT_LIMIT = 50 * 1024 * 1024;

/** The upload parses its own body, so it is mounted before the router-wide CSRF check and checks CSRF itself. */
export function resultsUploadRoute(db: Db, auth: Auth): Router {
  const router = Router();
  router.post('/slates/:id/results', ...receiveFile(RESULTS_TRANSPORT_LIMIT), auth.verifyCsrf, async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const file = receivedFile(res);
    const { site } = parseInput(uploadFields, file.fields, 'body');
    const { importResultsFile } = await import('../../results/index.js');
    const slate = await loadSlateInfo(db, id);
    const report = await importResultsFile(db, file.content, { slateId: id, site: site ?? toSite(slate?.site ?? 'draftkings'), fileName: file.fileName });
    res.status(201).json(report);
  });
  return router;
}

export function resultsRoutes(db: Db): Router {
  const router = Router();
  router.get('/slates/:id/results', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadSlateResults(db, id));
  });
  router.get('/slates/:id/grade', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const q = parseInput(gradeQuery, req.query, 'query');
    const { gradeSlate } = await import('../../results/index.js');
    res.json(await gradeSlate(db, { slateId: id, viewerId: userOf(req).id, ...q }));
  });
  // The post-lock check: the simulated contest field beside the imported real standings (grade --contest).
  router.get('/slates/:id/grade/contest', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { simulationId } = parseInput(contestGradeQuery, req.query, 'query');
    const { gradeContest } = await import('../../results/index.js');
    res.json(await gradeContest(db, { slateId: id, userId: userOf(req).id, ...(simulationId !== undefined ? { simulationRunId: simulationId } : {}) }));
  });
  return router;
}
