/**
 * Starts the real platform with the backend-api role on a fresh database, and gives helpers to make users,
 * sign them in (cookie agent + CSRF token) and make API tokens. Every /api/v1 response a test receives through
 * supertest is validated against the served OpenAPI document (validate-every-response.ts); a test may also call
 * h.openapi.assertResponse itself.
 */
import request from 'supertest';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import type { RoleName } from '../../src/core/role-names.js';
import { createApiToken, createUser, type PublicUser } from '../../src/api/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { loadOpenApiValidator, type OpenApiValidator } from './openapi-validator.js';
import { validateEveryResponse } from './validate-every-response.js';

export interface ApiHarness {
  t: TestDb;
  platform: Platform;
  baseUrl: string;
  openapi: OpenApiValidator;
  stop(): Promise<void>;
}

export async function startApiHarness(options: { env?: Record<string, string>; roles?: RoleName[] } = {}): Promise<ApiHarness> {
  const t = await createTestDb();
  const platform = await startPlatform({
    config: testConfig(t.url, options.env),
    roles: options.roles ?? ['backend-api'],
    logger: createLogger('silent'),
  });
  const baseUrl = `http://127.0.0.1:${platform.port}`;
  const openapi = await loadOpenApiValidator(baseUrl);
  const stopValidating = validateEveryResponse(baseUrl, openapi);
  return {
    t, platform, baseUrl, openapi,
    async stop() {
      stopValidating();
      await platform.stop();
      await t.drop();
    },
  };
}

let counter = 0;
export const PASSWORD = 'correct horse battery staple';

/** A signed-in browser-like client: cookies kept, CSRF token at hand. */
export interface SignedIn { user: PublicUser; agent: request.Agent; csrf: string }

export async function signUp(h: ApiHarness, role: 'admin' | 'user' = 'user'): Promise<SignedIn> {
  const user = await createUser(h.platform.db, { email: `api-user-${++counter}-${Date.now()}@example.com`, password: PASSWORD, role });
  const agent = request.agent(h.baseUrl);
  const res = await agent.post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
  h.openapi.assertResponse(res);
  return { user, agent, csrf: (res.body as { csrfToken: string }).csrfToken };
}

/** A user with an API token (no cookies). */
export async function tokenUser(h: ApiHarness, role: 'admin' | 'user' = 'user'): Promise<{ user: PublicUser; token: string; auth: string }> {
  const user = await createUser(h.platform.db, { email: `api-token-${++counter}-${Date.now()}@example.com`, password: PASSWORD, role });
  const { token } = await createApiToken(h.platform.db, user.id, 'test');
  return { user, token, auth: `Bearer ${token}` };
}
