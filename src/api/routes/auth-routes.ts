/** /api/v1/auth and /api/v1/tokens: JSON login/logout for scripts and SPAs, the caller's profile, API tokens. */
import { Router } from 'express';
import { z } from 'zod';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import type { Auth } from '../auth/create-auth.js';
import { createApiToken, listApiTokens, revokeApiToken, tokenNameSchema } from '../auth/api-tokens.js';
import { csrfToken, userOf } from '../auth/request-auth.js';
import { parseInput } from './parse-input.js';
import { loginPasswordSchema } from '../auth/password-rule.js';

// `_csrf`: a login may carry a CSRF token like any post (nothing checks it before a session exists).
const loginBody = z.strictObject({ email: z.string().trim().min(1).max(320), password: loginPasswordSchema, _csrf: z.string().optional() });
const idParam = z.object({ id: dbIdText() });

/** Routes that must run before CSRF checks (login opens the session the token belongs to). */
export function authPublicRoutes(auth: Auth): Router {
  const router = Router();
  router.post('/auth/login', async (req, res) => {
    const { email, password } = parseInput(loginBody, req.body, 'body');
    try {
      const user = await auth.login(req, res, email, password);
      res.json({ user, csrfToken: csrfToken(req) });
    } catch (error) {
      if (error instanceof AppError && error.code === 'too_many_attempts') {
        const details = error.details as { retryAfterSeconds?: number } | undefined;
        res.set('Retry-After', String(details?.retryAfterSeconds ?? 60));
      }
      throw error;
    }
  });
  return router;
}

/** Routes for signed-in callers (the router applies requireUser and CSRF first). */
export function authRoutes(db: Db, auth: Auth): Router {
  const router = Router();
  router.post('/auth/logout', async (req, res) => {
    await auth.logout(req, res);
    res.status(204).end();
  });
  router.get('/me', (req, res) => {
    res.json({ user: userOf(req), via: req.auth?.via ?? 'session', csrfToken: csrfToken(req) || null });
  });
  router.get('/tokens', async (req, res) => {
    res.json({ items: await listApiTokens(db, userOf(req).id) });
  });
  router.post('/tokens', async (req, res) => {
    const { name } = parseInput(z.strictObject({ name: tokenNameSchema }), req.body, 'body');
    const { token, info } = await createApiToken(db, userOf(req).id, name);
    res.status(201).json({ token, apiToken: info });
  });
  router.delete('/tokens/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json({ apiToken: await revokeApiToken(db, userOf(req).id, id) });
  });
  return router;
}
