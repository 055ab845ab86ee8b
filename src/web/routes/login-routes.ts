/** GET/POST /login and POST /logout: a plain form, no JavaScript needed. */
import express, { type Express } from 'express';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { loginPasswordSchema, MAX_PASSWORD_LENGTH } from '../../api/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { safeNext } from '../http/page-guards.js';
import { renderPage } from '../http/render-page.js';
import { needsFirstAdmin } from '../../api/index.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const LoginForm = z.object({
  email: z.string().trim().min(1, 'enter your email').max(320),
  password: loginPasswordSchema,
  _csrf: z.string().optional(),
  next: z.string().optional(),
});

export function mountLoginRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const body = express.urlencoded({ extended: false, limit: '16kb' });
  /** The API's CSRF check (double-submit cookie before login), answered with the form instead of an error page. */
  const csrfProblem = (req: express.Request, res: express.Response): Promise<AppError | null> =>
    new Promise((resolve) => {
      guards.auth.verifyCsrf(req, res, (error?: unknown) => resolve(error instanceof AppError ? error : error ? new AppError('csrf_failed', 'The form expired. Please sign in again.') : null));
    });

  const showForm = (req: express.Request, res: express.Response, status: number, error: string | null, email = ''): void => {
    res.status(status);
    // renderPage puts csrfToken(req) in the form: before login the API issues it with its sd_csrf cookie.
    renderPage(req, res, 'login', { title: 'Sign in', error, email, maxPasswordLength: MAX_PASSWORD_LENGTH, next: safeNext(req.query.next ?? req.body?.next) });
  };

  web.get('/login', guards.auth.loadSession, async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (req.auth) return res.redirect(303, safeNext(req.query.next));
    // First run: nobody can sign in yet, so the way in is the first-admin form.
    if (await needsFirstAdmin(deps.db)) return res.redirect(303, '/setup');
    showForm(req, res, 200, null);
  });

  web.post('/login', guards.auth.loadSession, body, async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const form = LoginForm.safeParse(req.body ?? {});
    if (!form.success) return showForm(req, res, 400, describeZodError(form.error, { fields: false }), String(req.body?.email ?? ''));
    if (await csrfProblem(req, res)) return showForm(req, res, 403, 'The form expired. Please sign in again.', form.data.email);
    try {
      await guards.auth.login(req, res, form.data.email, form.data.password);
      res.redirect(303, safeNext(form.data.next));
    } catch (error) {
      if (error instanceof AppError && (error.status === 401 || error.status === 429)) {
        return showForm(req, res, error.status, error.status === 401 ? 'Wrong email or password.' : error.message, form.data.email);
      }
      next(error);
    }
  });

  web.post('/logout', ...guards.form, async (req, res) => {
    await guards.auth.logout(req, res);
    res.redirect(303, '/login');
  });
}
