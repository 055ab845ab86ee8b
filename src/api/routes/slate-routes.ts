/** /api/v1/slates, /api/v1/games/{id}/odds|weather, /api/v1/injuries: shared slate data and its context. */
import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { userOf } from '../auth/request-auth.js';
import { loadGameWeather, loadOddsHistory, oddsQuerySchema } from '../data/game-context-queries.js';
import { injuryFilterSchema, listInjuries } from '../data/injury-queries.js';
import { loadSlateDetail } from '../data/load-slate-detail.js';
import { paginationSchema } from '../data/pagination.js';
import { listSlates, slateFilterSchema } from '../data/slate-queries.js';
import { parseInput } from './parse-input.js';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const slateDetailQuery = z.object({
  projectionSetId: z.union([z.literal('none'), z.coerce.number().int().positive()]).optional(),
});

export function slateRoutes(db: Db): Router {
  const router = Router();
  router.get('/slates', async (req, res) => {
    const filter = parseInput(slateFilterSchema, req.query, 'query');
    const page = parseInput(paginationSchema, req.query, 'query');
    res.json(await listSlates(db, filter, page));
  });
  router.get('/slates/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { projectionSetId } = parseInput(slateDetailQuery, req.query, 'query');
    res.json(await loadSlateDetail(db, userOf(req), id, projectionSetId));
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
    const filter = parseInput(injuryFilterSchema, req.query, 'query');
    res.json(await listInjuries(db, filter, parseInput(paginationSchema, req.query, 'query')));
  });
  return router;
}
