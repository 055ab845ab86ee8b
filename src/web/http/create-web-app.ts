/**
 * The dashboard as an express sub-app (its own view engine and error pages), mounted on the process's app by the
 * frontend role. Every route names its own middleware, so nothing here touches /api or /healthz requests.
 */
import express, { type Application, type Express, type RequestHandler } from 'express';
import ejs from 'ejs';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import type { Logger } from '../../core/logger.js';
import type { SendJob } from '../../core/jobs/send-job.js';
import { getAuth, requireAdmin, type Auth } from '../../api/index.js';
import { HTMX_FILE, PUBLIC_DIR, VIEWS_DIR } from './paths.js';
import { requirePageUser } from './page-guards.js';
import { webErrorPages } from './web-error-handler.js';
import { registerErrorPages } from '../../core/http/error-handler.js';
import { rejectNulBytes } from '../../core/validation/nul-bytes.js';
import { mountLoginRoutes } from '../routes/login-routes.js';
import { mountSetupRoutes } from '../routes/setup-routes.js';
import { mountSlateRoutes } from '../routes/slate-routes.js';
import { mountSimulationRoutes } from '../routes/simulation-routes.js';
import { mountContestSimulationRoutes } from '../routes/contest-simulation-routes.js';
import { mountOptimizeRoutes } from '../routes/optimize-routes.js';
import { mountLineupSetRoutes } from '../routes/lineup-set-routes.js';
import { mountUploadRoutes } from '../routes/upload-routes.js';
import { mountAdminRoutes } from '../routes/admin-routes.js';
import { mountTokenRoutes } from '../routes/token-routes.js';
import { mountEntriesRoutes } from '../routes/entries-routes.js';
import { mountResultsRoutes } from '../routes/results-routes.js';
import { mountProjectionEditRoutes } from '../routes/projection-edit-routes.js';

export interface WebDeps { db: Db; config: Config; boss: PgBoss; send: SendJob; logger: Logger }

/** Middleware chains the route files share. */
export interface Guards {
  auth: Auth;
  /** Signed-in user or a redirect to /login. */
  page: RequestHandler[];
  /** Signed-in admin (403 for users). */
  admin: RequestHandler[];
  /** A urlencoded form post from a signed-in user, CSRF checked. */
  form: RequestHandler[];
  /** A form post from an admin, CSRF checked. */
  adminForm: RequestHandler[];
}

export function createWebApp(deps: WebDeps): Express {
  const web = express();
  web.disable('x-powered-by');
  web.set('views', VIEWS_DIR);
  web.set('view engine', 'ejs');
  web.engine('ejs', (path, data, callback) => {
    ejs.renderFile(path, data as ejs.Data, {}, (error, html) => callback(error ?? null, html));
  });
  web.get('/assets/htmx.min.js', (_req, res) => res.sendFile(HTMX_FILE, { maxAge: '1d' }));
  web.use('/assets', express.static(PUBLIC_DIR, { maxAge: '1h', index: false }));
  web.get('/favicon.ico', (_req, res) => res.sendFile(join(PUBLIC_DIR, 'favicon.ico'), { maxAge: '1d' }));

  const auth = getAuth(deps.db, deps.config);
  // PostgreSQL text cannot hold NUL: a query string (the admin queue filter, the pool filters) or a form body
  // with one is a 400 naming the field, on every page and form.
  // The optimizer form sends four fields per player (min/max exposure, if/then): a 600-player slate is ~2,500 fields.
  const body = [express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 20_000 }), rejectNulBytes];
  // Never cache pages: they show live slate data and a per-session CSRF token.
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
  const page = [noStore, rejectNulBytes, auth.loadSession, requirePageUser];
  const guards: Guards = {
    auth,
    page,
    admin: [...page, requireAdmin],
    form: [...page, ...body, auth.verifyCsrf],
    adminForm: [...page, requireAdmin, ...body, auth.verifyCsrf],
  };
  mountSetupRoutes(web, deps, guards);
  mountLoginRoutes(web, deps, guards);
  mountSlateRoutes(web, deps, guards);
  mountSimulationRoutes(web, deps, guards);
  mountContestSimulationRoutes(web, deps, guards);
  // Before the optimizer's /:setId routes, which would read "compare" as a set id.
  mountLineupSetRoutes(web, deps, guards);
  mountOptimizeRoutes(web, deps, guards);
  mountUploadRoutes(web, deps, guards);
  mountAdminRoutes(web, deps, guards);
  mountTokenRoutes(web, deps, guards);
  mountEntriesRoutes(web, deps, guards);
  mountResultsRoutes(web, deps, guards);
  mountProjectionEditRoutes(web, deps, guards);
  // Any other path is a dashboard page that does not exist: an HTML 404, not the platform's JSON one. The API
  // and /healthz may be mounted after the dashboard, so their paths pass through.
  web.use((req, _res, next) => {
    if (/^\/(api|healthz)(\/|$)/.test(req.path)) return next();
    next(new AppError('not_found', `there is no page at ${req.path}`));
  });
  // Errors go on to the platform's one error middleware, which draws them with these pages for HTML requests.
  web.on('mount', (parent: Application) => registerErrorPages(parent, webErrorPages(web)));
  return web;
}
