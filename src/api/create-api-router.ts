/**
 * The /api router: the OpenAPI document, then /api/v1 (JSON, size-limited): auth loaded on every request, login
 * open, everything else signed in, CSRF checked on every unsafe method of a cookie session.
 */
import express, { Router } from 'express';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import type { Db } from '../core/db.js';
import type { Logger } from '../core/logger.js';
import type { SendJob } from '../core/jobs/send-job.js';
import type { Auth } from './auth/create-auth.js';
import { requireUser } from './auth/request-auth.js';
import { buildOpenApi } from './openapi/build-openapi.js';
import { authPublicRoutes, authRoutes } from './routes/auth-routes.js';
import { slateRoutes } from './routes/slate-routes.js';
import { projectionRoutes, projectionUploadRoute } from './routes/projection-routes.js';
import { runRoutes } from './routes/run-routes.js';
import { jobRoutes } from './routes/job-routes.js';
import { resultsRoutes, resultsUploadRoute } from './routes/results-routes.js';
import { JSON_BODY_LIMIT } from './routes/body-limit.js';

export interface ApiDeps { db: Db; config: Config; auth: Auth; boss: PgBoss; send: SendJob; logger: Logger }


export function createApiRouter(deps: ApiDeps): Router {
  const { db, auth } = deps;
  const openapi = JSON.stringify(buildOpenApi());
  const api = Router();
  api.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(openapi);
  });

  const v1 = Router();
  v1.use(express.json({ limit: JSON_BODY_LIMIT }));
  v1.use(auth.loadSession);
  v1.use(authPublicRoutes(auth));
  v1.use(requireUser);
  // Uploads parse their own bodies and check CSRF after parsing; everything else is checked here.
  v1.use(projectionUploadRoute(db, auth));
  v1.use(resultsUploadRoute(db, auth));
  v1.use(auth.verifyCsrf);
  v1.use(authRoutes(db, auth));
  v1.use(slateRoutes(db));
  v1.use(projectionRoutes(db));
  v1.use(runRoutes(db, deps.boss, deps.send, deps.config));
  v1.use(jobRoutes(deps.boss));
  v1.use(resultsRoutes(db));
  api.use('/v1', v1);
  return api;
}
