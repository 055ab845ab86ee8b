/**
 * First run: when no user exists, the dashboard opens on a "create the first admin" form (CSRF checked); creating
 * the admin signs them in; afterwards the form is gone for good (404, and a replayed post is refused).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import { createFirstAdmin } from '../../src/api/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { csrfFrom } from './web-harness.js';

let t: TestDb;
let platform: Platform;
let baseUrl: string;
const PASSWORD = 'a long first password';

beforeAll(async () => {
  t = await createTestDb();
  platform = await startPlatform({ config: testConfig(t.url), roles: ['frontend'], logger: createLogger('silent') });
  baseUrl = `http://127.0.0.1:${platform.port}`;
});
afterAll(async () => {
  await platform?.stop();
  await t?.drop();
});

describe('first run', () => {
  it('when no user exists, then the login page sends people to the first-admin form', async () => {
    const page = await request(baseUrl).get('/').expect(303);
    const login = await request(baseUrl).get(page.headers.location as string).expect(303);
    expect(login.headers.location).toBe('/setup');
    const setup = await request(baseUrl).get('/setup').expect(200);
    expect(setup.text).toContain('Create the first admin');
    expect(csrfFrom(setup.text)).toMatch(/\./);
  });

  it('when the form is posted without its CSRF token or with a short password, then nobody is created', async () => {
    await request(baseUrl).post('/setup').type('form').send({ email: 'a@example.com', password: PASSWORD, confirm: PASSWORD }).expect(403);
    const agent = request.agent(baseUrl);
    const form = await agent.get('/setup');
    const short = await agent.post('/setup').type('form').send({ email: 'a@example.com', password: 'short', confirm: 'short', _csrf: csrfFrom(form.text) }).expect(400);
    expect(short.text).toContain('at least 10 characters');
    expect(await t.db.user.count()).toBe(0);
  });

  it('when the first admin is created, then they are signed in, and the form is closed for good', async () => {
    const agent = request.agent(baseUrl);
    const form = await agent.get('/setup');
    const csrf = csrfFrom(form.text);
    const res = await agent.post('/setup').type('form').send({ email: 'Boss@Example.com', password: PASSWORD, confirm: PASSWORD, _csrf: csrf }).expect(303);
    expect(res.headers.location).toBe('/');
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('boss@example.com');
    expect((await t.db.user.findMany()).map((u) => [u.email, u.role])).toEqual([['boss@example.com', 'admin']]);

    await request(baseUrl).get('/setup').expect(404);
    // A second form opened before the first was sent, posted afterwards: refused.
    const late = request.agent(baseUrl);
    const lateForm = await late.get('/login').expect(200);
    await late.post('/setup').type('form').send({ email: 'intruder@example.com', password: PASSWORD, confirm: PASSWORD, _csrf: csrfFrom(lateForm.text) }).expect(409);
    expect(await t.db.user.count()).toBe(1);
  });

  it('when two first-admin creations race, then exactly one user exists', async () => {
    const other = await createTestDb();
    try {
      const results = await Promise.allSettled([1, 2, 3].map((i) => createFirstAdmin(other.db, { email: `racer${i}@example.com`, password: PASSWORD })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await other.db.user.count()).toBe(1);
    } finally {
      await other.drop();
    }
  });

  it('when the login form shows, then its hint is the command that works (npx, --admin)', async () => {
    const res = await request(baseUrl).get('/login').expect(200);
    expect(res.text).toContain('npx sportsdata user create');
    expect(res.text).toContain('--admin');
  });
});
