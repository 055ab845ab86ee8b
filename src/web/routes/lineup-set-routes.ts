/**
 * Managing a user's lineup sets on the optimizer page: rename, delete (finished sets only: a running build would
 * write into a deleted set), and compare two sets side by side (player exposure, averages). Another user's set is a
 * 404 everywhere (loadLineupSet).
 */
import type { Express } from 'express';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { userOf } from '../../api/index.js';
import { deleteLineupSet, renameLineupSet } from '../../optimizer/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, redirectAfterPost, renderPage } from '../http/render-page.js';
import { loadSlate } from '../data/load-slate.js';
import { loadLineupSet } from '../data/load-lineup-set.js';
import { compareLineupSets } from '../optimize/compare-sets.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const FINISHED = new Set(['done', 'completed', 'failed', 'cancelled']);
const RenameForm = z.object({ name: z.string().trim().max(60, 'a name has at most 60 characters') });

export function mountLineupSetRoutes(web: Express, { db }: WebDeps, guards: Guards): void {
  web.post('/slates/:id/optimize/:setId/rename', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const set = await loadLineupSet(db, slateId, idParam(req.params.setId, 'lineup set'), userOf(req));
    const form = RenameForm.safeParse(req.body ?? {});
    if (!form.success) throw new AppError('invalid_request', describeZodError(form.error, { fields: false }));
    await renameLineupSet(db, set.id, form.data.name || null);
    redirectAfterPost(req, res, `/slates/${slateId}/optimize?lineupSet=${set.id}`);
  });

  web.post('/slates/:id/optimize/:setId/delete', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const set = await loadLineupSet(db, slateId, idParam(req.params.setId, 'lineup set'), userOf(req));
    if (!FINISHED.has(set.status)) throw new AppError('set_running', `lineup set ${set.id} is ${set.status}: delete it once it has finished`);
    await deleteLineupSet(db, set.id);
    redirectAfterPost(req, res, `/slates/${slateId}/optimize`);
  });

  web.get('/slates/:id/optimize/compare', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const user = userOf(req);
    const [slate, a, b] = await Promise.all([
      loadSlate(db, slateId), loadLineupSet(db, slateId, idParam(req.query.a, 'lineup set'), user), loadLineupSet(db, slateId, idParam(req.query.b, 'lineup set'), user),
    ]);
    renderPage(req, res, 'compare-sets', { title: `Compare #${a.id} and #${b.id}`, nav: 'slates', slate, a, b, comparison: compareLineupSets(a.lineups, b.lineups) });
  });
}
