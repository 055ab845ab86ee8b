/** The process's express app: /healthz for every role, then whatever the HTTP roles mount. */
import express, { type Express } from 'express';
import type { Config } from '../../config.js';
import type { Db } from '../db.js';
import { pingDb } from '../db.js';
import { securityHeaders } from './security-headers.js';

export interface HealthState {
  /** Each started role and whether it started; a role that failed to start makes the process unhealthy. */
  roles: Record<string, 'running' | `failed: ${string}`>;
}

/**
 * Creates the app with `GET /healthz` (runs `SELECT 1`; 503 when the database or a role is down). `trustProxy`
 * (TRUST_PROXY) names the proxies whose X-Forwarded-For/-Proto are believed: it decides req.secure (Secure
 * cookies) and req.ip (the per-IP login limit) for every router the roles mount.
 */
export function createApp(db: Db, health: HealthState, trustProxy: Config['TRUST_PROXY'] = 'loopback'): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  // Before any route, so every answer (health, API, dashboard, 404s and errors) carries them.
  app.use(securityHeaders());
  app.get('/healthz', async (_req, res) => {
    let database: 'ok' | string = 'ok';
    try {
      await pingDb(db);
    } catch (error) {
      database = `down: ${(error as Error).message}`;
    }
    const healthy = database === 'ok' && Object.values(health.roles).every((s) => s === 'running');
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unhealthy', database, roles: health.roles });
  });
  return app;
}

