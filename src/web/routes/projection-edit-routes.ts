/**
 * Inline projection edits from the player pool. GET …/players/:rowId/edit gives the small form that replaces the
 * Proj cell (htmx) or a page holding it (no JavaScript); POST /slates/:id/projections saves through the API's
 * editProjection use-case (a user edit set created from the set on screen, or updated in place) and sends the
 * browser back to the pool showing that set. CSRF: the form guard.
 */
import type { Express } from 'express';
import { z } from 'zod';
import { editProjection, userOf } from '../../api/index.js';
import { AppError } from '../../core/errors.js';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, queryId, redirectAfterPost, renderPage, wantsFragment } from '../http/render-page.js';
import { listProjectionSets, pickProjectionSet } from '../data/load-slate.js';
import { loadPool } from '../data/load-pool.js';
import { formNumber } from '../forms/form-number.js';

const optionalNumber = z.preprocess((v) => (v === '' || v === undefined ? undefined : v), formNumber().min(0, 'sd cannot be negative').max(200, 'sd at most 200').optional());

const EditFormSchema = z.object({
  set: dbIdText(),
  row: dbIdText(),
  mean: formNumber().min(0, 'the projection cannot be negative').max(300, 'the projection is at most 300 points'),
  sd: optionalNumber,
  /** The pool's query string to come back to (filters, sort), without its set. */
  back: z.string().max(500).regex(/^[\w=&%.+,-]*$/).default(''),
});

const oneDecimal = (v: number | null): number | string => (v === null ? '' : Math.round(v * 10) / 10);

/** The pool URL after an edit: the same filters, showing the set that holds the edit. */
function poolUrl(slateId: number, setId: number, back: string): string {
  const params = new URLSearchParams(back);
  params.set('set', String(setId));
  return `/slates/${slateId}?${params.toString()}`;
}

export function mountProjectionEditRoutes(web: Express, { db }: WebDeps, guards: Guards): void {
  web.get('/slates/:id/players/:rowId/edit', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const rowId = idParam(req.params.rowId, 'player');
    const sets = await listProjectionSets(db, slateId, userOf(req).id);
    const set = pickProjectionSet(sets, queryId(req.query.set, 'set') ?? undefined);
    if (!set) throw new AppError('not_found', 'this slate has no projection set to edit yet');
    const row = (await loadPool(db, slateId, set.id)).find((r) => r.id === rowId);
    if (!row) throw new AppError('not_found', `player ${rowId} not found on slate ${slateId}`);
    const back = typeof req.query.back === 'string' ? req.query.back : '';
    const model = { title: `Edit ${row.name}`, nav: 'slates', slateId, set, row, back, error: null, values: { mean: oneDecimal(row.projection), sd: oneDecimal(row.sd) } };
    renderPage(req, res, wantsFragment(req) ? 'partials/projection-edit' : 'projection-edit', model);
  });

  web.post('/slates/:id/projections', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const parsed = EditFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'form'}: ${i.message}`);
      const setId = queryId(body.set, 'set');
      const rowId = queryId(body.row, 'row');
      if (setId === null || rowId === null) throw new AppError('invalid_request', problems.join('; '));
      const row = (await loadPool(db, slateId, setId)).find((r) => r.id === rowId);
      if (!row) throw new AppError('not_found', `player ${rowId} not found on slate ${slateId}`);
      res.status(400);
      const model = { title: `Edit ${row.name}`, nav: 'slates', slateId, set: { id: setId }, row, back: '', error: problems.join('; '), values: { mean: body.mean, sd: body.sd } };
      renderPage(req, res, wantsFragment(req) ? 'partials/projection-edit' : 'projection-edit', model);
      return;
    }
    const f = parsed.data;
    // The set must be one this user sees on this slate (the URL's): the pool is sent back to it.
    pickProjectionSet(await listProjectionSets(db, slateId, userOf(req).id), f.set);
    const result = await editProjection({ db, user: userOf(req) }, f.set, f.row, { mean: f.mean, ...(f.sd !== undefined ? { sd: f.sd } : {}) });
    redirectAfterPost(req, res, poolUrl(slateId, result.projectionSetId, f.back));
  });
}
