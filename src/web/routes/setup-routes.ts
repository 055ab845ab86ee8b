/**
 * First run: while no user exists, GET /setup shows a "create the first admin" form (CSRF checked like the login
 * form) and /login sends people there. POST /setup creates the admin, signs them in and opens the slates. Once any
 * user exists, /setup answers 404 and its post is refused (409), for good.
 */
import express, { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { createFirstAdmin, MIN_PASSWORD_LENGTH, needsFirstAdmin } from '../../api/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { renderPage } from '../http/render-page.js';
import { queueDemoLineups } from '../../demo/queue-demo-lineups.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const SetupForm = z.object({
  email: z.string().trim().min(1, 'enter your email').max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH, `the password needs at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
  confirm: z.string().max(1024),
  _csrf: z.string().optional(),
}).refine((f) => f.password === f.confirm, { message: 'the two passwords differ', path: ['confirm'] });

export function mountSetupRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;
  const body = express.urlencoded({ extended: false, limit: '16kb' });
  const showForm = (req: Request, res: Response, status: number, error: string | null, email = ''): void => {
    res.status(status).set('Cache-Control', 'no-store');
    renderPage(req, res, 'setup', { title: 'Create the first admin', error, email, minLength: MIN_PASSWORD_LENGTH });
  };
  const verifyCsrf = (req: Request, res: Response): Promise<boolean> =>
    new Promise((resolve) => guards.auth.verifyCsrf(req, res, (error?: unknown) => resolve(!error)));

  web.get('/setup', guards.auth.loadSession, async (req, res) => {
    if (!(await needsFirstAdmin(db))) throw new AppError('not_found', 'the first admin already exists: sign in at /login');
    showForm(req, res, 200, null);
  });

  web.post('/setup', guards.auth.loadSession, body, async (req, res) => {
    if (!(await verifyCsrf(req, res))) return showForm(req, res, 403, 'The form expired. Please try again.', String(req.body?.email ?? ''));
    if (!(await needsFirstAdmin(db))) throw new AppError('setup_done', 'the first admin already exists: sign in at /login');
    const form = SetupForm.safeParse(req.body ?? {});
    if (!form.success) return showForm(req, res, 400, describeZodError(form.error, { fields: false }), String(req.body?.email ?? ''));
    let admin;
    try {
      admin = await createFirstAdmin(db, { email: form.data.email, password: form.data.password });
    } catch (error) {
      if (error instanceof AppError && error.status === 400) return showForm(req, res, 400, error.message, form.data.email);
      throw error;
    }
    // The demo slate's lineup set belongs to someone: the first admin (a no-op when there is no demo).
    await queueDemoLineups(db, deps.send, admin, deps.logger);
    await guards.auth.login(req, res, form.data.email, form.data.password);
    res.redirect(303, '/');
  });
}
