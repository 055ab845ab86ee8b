/** The process's express app: /healthz for every role, then whatever the HTTP roles mount. */
import express, { type Express } from 'express';
import type { Config } from '../../config.js';
import type { Db } from '../db.js';
import { pingDb } from '../db.js';

export interface HealthState {
  /** Each started role and whether it started; a role that failed to start makes the process unhealthy. */
  roles: Record<string, 'running' | `failed: ${string}`>;
}

/** Creates the app with `GET /healthz` (runs `SELECT 1`; 503 when the database or a role is down). */
export function createApp(db: Db, health: HealthState): Express {
  const app = express();
  app.disable('x-powered-by');
  // Until an HTTP role applies TRUST_PROXY: only a proxy on this host may speak for the client.
  app.set('trust proxy', 'loopback');
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

/**
 * Which proxies' X-Forwarded-For/-Proto the app believes (TRUST_PROXY). It decides req.secure (Secure cookies) and
 * req.ip (the per-IP login limit), so the HTTP roles apply it when they mount; the dashboard's sub-app inherits it.
 */
export function applyTrustProxy(app: Express, config: Pick<Config, 'TRUST_PROXY'>): void {
  app.set('trust proxy', config.TRUST_PROXY);
}
