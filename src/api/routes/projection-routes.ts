/** /api/v1/projection-sets (list, detail, CSV export, custom upload) and /api/v1/uploads (the user's audit rows). */
import { Router } from 'express';
import { z } from 'zod';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import type { Auth } from '../auth/create-auth.js';
import { userOf } from '../auth/request-auth.js';
import { paginationSchema } from '../data/pagination.js';
import { exportProjectionSetCsv, listProjectionSets, loadProjectionSet, projectionSetFilterSchema } from '../data/projection-set-queries.js';
import { listUploads, loadUpload } from '../data/upload-queries.js';
import { PROJECTION_UPLOAD_LIMITS } from '../projections/read-projection-csv.js';
import { uploadProjections } from '../projections/upload-projections.js';
import { editProjection, projectionEditSchema } from '../projections/edit-projection.js';
import { salaryUploadFieldsSchema, uploadSalaries } from '../salaries/upload-salaries.js';
import { exportLineupSet } from '../runs/lineup-set-queries.js';
import { parseInput } from './parse-input.js';
import { receiveFile, receivedFile } from './receive-file.js';

const idParam = z.object({ id: dbIdText() });
const projectionParams = z.object({ id: dbIdText(), slatePlayerId: dbIdText() });
const uploadFields = z.object({ slateId: dbIdText(), name: z.string().trim().max(200).optional() });

// Twice the reader's limit: files a little over it still get a report and an audit row; bigger ones are cut off.
const TRANSPORT_LIMIT = PROJECTION_UPLOAD_LIMITS.maxBytes * 2;

/** Upload routes parse their own bodies, so they check CSRF after parsing (a multipart form carries `_csrf`). */
export function projectionUploadRoute(db: Db, auth: Auth): Router {
  const router = Router();
  router.post('/projection-sets', ...receiveFile(TRANSPORT_LIMIT), auth.verifyCsrf, async (req, res) => {
    const file = receivedFile(res);
    const { slateId, name } = parseInput(uploadFields, file.fields, 'body');
    const result = await uploadProjections({ db, user: userOf(req) }, { slateId, fileName: file.fileName, content: file.content, ...(name ? { name } : {}) });
    res.status(201).json(result);
  });
  // Salary files (DKSalaries.csv, FanDuel players lists) become shared slates through the DFS module's importer.
  router.post('/slates', ...receiveFile(TRANSPORT_LIMIT), auth.verifyCsrf, async (req, res) => {
    const file = receivedFile(res);
    const fields = parseInput(salaryUploadFieldsSchema, file.fields, 'body');
    const result = await uploadSalaries({ db, user: userOf(req) }, { ...fields, fileName: file.fileName, content: file.content });
    res.status(201).location(`/api/v1/slates/${result.import.slateId}`).json(result);
  });
  // The site's entries file (DKEntries.csv / FanDuel entries template) filled with a lineup set, entry by entry.
  router.post('/lineup-sets/:id/export', ...receiveFile(TRANSPORT_LIMIT), auth.verifyCsrf, async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const file = receivedFile(res);
    const { fileName, csv, written, unfilledEntries } = await exportLineupSet(db, userOf(req), id, file.content.toString('utf8').replace(/^\uFEFF/, ''));
    res.set('X-Lineups-Written', String(written)).set('X-Entries-Unfilled', String(unfilledEntries)).type('text/csv').attachment(fileName).send(csv);
  });
  return router;
}

export function projectionRoutes(db: Db): Router {
  const router = Router();
  router.get('/projection-sets', async (req, res) => {
    const filter = parseInput(projectionSetFilterSchema, req.query, 'query');
    res.json(await listProjectionSets(db, userOf(req), filter, parseInput(paginationSchema, req.query, 'query')));
  });
  router.get('/projection-sets/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadProjectionSet(db, userOf(req), id));
  });
  router.get('/projection-sets/:id/export', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { fileName, csv } = await exportProjectionSetCsv(db, userOf(req), id);
    res.type('text/csv').attachment(fileName).send(csv);
  });
  // One player's mean (and sd) edited: the user's edit set changes in place, any other set is copied into one first.
  router.put('/projection-sets/:id/projections/:slatePlayerId', async (req, res) => {
    const { id, slatePlayerId } = parseInput(projectionParams, req.params, 'path');
    const edit = parseInput(projectionEditSchema, req.body, 'body');
    const result = await editProjection({ db, user: userOf(req) }, id, slatePlayerId, edit);
    res.status(result.created ? 201 : 200).json(result);
  });
  router.get('/uploads', async (req, res) => {
    res.json(await listUploads(db, userOf(req), parseInput(paginationSchema, req.query, 'query')));
  });
  router.get('/uploads/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json({ upload: await loadUpload(db, userOf(req), id) });
  });
  return router;
}
