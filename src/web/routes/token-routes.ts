/**
 * GET /tokens: the signed-in user's API tokens (name, prefix, created, last used; never the token itself).
 * POST /tokens creates one and shows it in that response only: it is stored hashed, so no later page can show it.
 * POST /tokens/:id/revoke: htmx swaps the row, a plain form redirects back to the list.
 */
import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken, userOf, type ApiTokenInfo } from '../../api/index.js';
import { AppError } from '../../core/errors.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, renderPage, wantsFragment } from '../http/render-page.js';

const CreateForm = z.object({ name: z.string().optional() });

interface TokensPage { created: { token: string; info: ApiTokenInfo } | null; error: string | null; name: string; notice: string | null }

export function mountTokenRoutes(web: Express, { db }: WebDeps, guards: Guards): void {
  const showPage = async (req: Request, res: Response, page: TokensPage): Promise<void> => {
    const tokens = await listApiTokens(db, userOf(req).id);
    renderPage(req, res, 'tokens', { title: 'API tokens', nav: 'tokens', tokens, ...page });
  };

  web.get('/tokens', ...guards.page, async (req, res) => {
    const revoked = typeof req.query.revoked === 'string' && /^\d{1,9}$/.test(req.query.revoked) ? req.query.revoked : null;
    await showPage(req, res, { created: null, error: null, name: '', notice: revoked ? `Token ${revoked} revoked: scripts using it now get 401.` : null });
  });

  // Answered with the page itself, not a redirect: the plain token must not travel in a URL or be stored anywhere.
  web.post('/tokens', ...guards.form, async (req, res) => {
    const name = CreateForm.parse(req.body ?? {}).name ?? '';
    try {
      const created = await createApiToken(db, userOf(req).id, name);
      res.status(201);
      await showPage(req, res, { created, error: null, name: '', notice: null });
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 400) throw error;
      res.status(400);
      await showPage(req, res, { created: null, error: error.message, name, notice: null });
    }
  });

  web.post('/tokens/:id/revoke', ...guards.form, async (req, res) => {
    const token = await revokeApiToken(db, userOf(req).id, idParam(req.params.id, 'API token'));
    if (wantsFragment(req)) {
      renderPage(req, res, 'partials/token-row', { title: '', token, flash: 'revoked' });
      return;
    }
    res.redirect(303, `/tokens?revoked=${token.id}`);
  });
}
