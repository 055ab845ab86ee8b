/** /api/v1/slates, /api/v1/games/{id}/odds|weather, /api/v1/injuries, /api/v1/unmatched: shared slate data and its context. */
import { Router } from 'express';
import { z } from 'zod';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import { userOf } from '../auth/request-auth.js';
import { loadGameWeather, loadOddsHistory, oddsQuerySchema } from '../data/game-context-queries.js';
import { injuryFilterSchema, listInjuries } from '../data/injury-queries.js';
import { SlateDetailCache } from '../data/slate-detail-cache.js';
import { paginationSchema } from '../data/pagination.js';
import { listSlates, slateFilterSchema } from '../data/slate-queries.js';
import { listUnmatchedNames, unmatchedQuerySchema } from '../data/unmatched-queries.js';
import { parseInput } from './parse-input.js';

const idParam = z.object({ id: dbIdText() });
const slateDetailQuery = z.object({
  projectionSetId: z.union([z.literal('none'), dbIdText()]).optional(),
});

// One schema per query string, so a request with several bad parameters hears about all of them at once.
const slateListQuery = slateFilterSchema.extend(paginationSchema.shape);
const injuryListQuery = injuryFilterSchema.extend(paginationSchema.shape);

export function slateRoutes(db: Db): Router {
  const router = Router();
  const slateDetails = new SlateDetailCache(db);
  router.get('/slates', async (req, res) => {
    const { limit, offset, ...filter } = parseInput(slateListQuery, req.query, 'query');
    res.json(await listSlates(db, filter, { limit, offset }));
  });
  router.get('/slates/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { projectionSetId } = parseInput(slateDetailQuery, req.query, 'query');
    const { etag, body, gzip } = await slateDetails.get(userOf(req), id, projectionSetId);
    res.set('ETag', etag).set('Cache-Control', 'private, no-cache').vary('Accept-Encoding');
    if (req.fresh) return res.status(304).end();
    res.type('application/json');
    if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(gzip);
    else res.send(body);
  });
  router.get('/games/:id/odds', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadOddsHistory(db, id, parseInput(oddsQuerySchema, req.query, 'query')));
  });
  router.get('/games/:id/weather', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await loadGameWeather(db, id));
  });
  router.get('/injuries', async (req, res) => {
    const { limit, offset, ...filter } = parseInput(injuryListQuery, req.query, 'query');
    res.json(await listInjuries(db, filter, { limit, offset }));
  });
  router.get('/unmatched', async (req, res) => {
    const { since } = parseInput(unmatchedQuerySchema, req.query, 'query');
    res.json(await listUnmatchedNames(db, since));
  });
  return router;
}
