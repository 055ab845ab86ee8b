/**
 * The dashboard under test: a fresh database, the real platform running the frontend role on an ephemeral port,
 * users created through the API's use-case, and a supertest agent that signs in through the real login form.
 */
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import type { RoleName } from '../../src/core/role-names.js';
import { createUser } from '../../src/api/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';

export const PASSWORD = 'correct horse battery staple';

export interface WebHarness {
  t: TestDb;
  platform: Platform;
  baseUrl: string;
  admin: { id: number; email: string };
  user: { id: number; email: string };
  stop(): Promise<void>;
}

/**
 * `roles` adds workers (e.g. 'optimizer' to really build lineups); the dashboard is always there. `env` overrides
 * configuration, e.g. DRAFTKINGS_API_URL pointing at a local fixture server.
 */
export async function startWebHarness(roles: RoleName[] = ['frontend'], env: Record<string, string> = {}): Promise<WebHarness> {
  const t = await createTestDb();
  const platform = await startPlatform({ config: testConfig(t.url, env), roles: [...new Set<RoleName>(['frontend', ...roles])], logger: createLogger('silent') });
  const admin = await createUser(t.db, { email: 'admin@example.com', password: PASSWORD, role: 'admin' });
  const user = await createUser(t.db, { email: 'player@example.com', password: PASSWORD, role: 'user' });
  return {
    t, platform, baseUrl: `http://127.0.0.1:${platform.port}`, admin, user,
    async stop() {
      await platform.stop();
      await t.drop();
    },
  };
}

/** The hidden `_csrf` value of the first form on a page. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('no _csrf field on the page');
  return match[1];
}

/** An agent (keeps cookies) signed in as `email` through GET /login + POST /login. */
export async function signedIn(baseUrl: string, email: string, password = PASSWORD): Promise<TestAgent> {
  const agent = request.agent(baseUrl);
  const form = await agent.get('/login').expect(200);
  const res = await agent.post('/login').type('form').send({ email, password, _csrf: csrfFrom(form.text), next: '/' });
  if (res.status !== 303) throw new Error(`login failed: ${res.status} ${res.text.slice(0, 200)}`);
  return agent;
}
