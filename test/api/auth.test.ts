/**
 * Authentication through the real app: login/logout with server-side sessions, CSRF on cookie sessions, login
 * rate limiting, API tokens (use and revocation), admin-only routes, the bootstrap admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sha256 } from '../../src/api/auth/secrets.js';
import { createUser } from '../../src/api/index.js';
import { loadConfig } from '../../src/config.js';
import { PASSWORD, signUp, startApiHarness, tokenUser, type ApiHarness } from './api-harness.js';

let h: ApiHarness;

beforeAll(async () => {
  h = await startApiHarness({ env: { ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'bootstrap-password-123' } });
});
afterAll(async () => {
  await h?.stop();
});

describe('sessions', () => {
  it('when a user logs in, then an httpOnly SameSite=Lax cookie opens a session stored hashed in Postgres', async () => {
    const { user, agent } = await signUp(h);
    const me = await agent.get('/api/v1/me').expect(200);
    h.openapi.assertResponse(me);
    expect(me.body.user.email).toBe(user.email);
    expect(me.body.via).toBe('session');

    const login = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: user.email.toUpperCase(), password: PASSWORD }).expect(200);
    const cookie = login.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^sd_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP in test
    const value = decodeURIComponent(/^sd_session=([^;]+)/.exec(cookie)?.[1] ?? '');
    const row = await h.platform.db.session.findUnique({ where: { id: sha256(value) } });
    expect(row?.userId).toBe(user.id);
    expect(await h.platform.db.session.count({ where: { id: value } })).toBe(0);
  });

  it('when the password or email is wrong, then both get the same 401', async () => {
    const { user } = await signUp(h);
    const wrongPassword = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: user.email, password: 'nope-nope-nope' }).expect(401);
    const wrongEmail = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: 'nobody@example.com', password: PASSWORD }).expect(401);
    h.openapi.assertResponse(wrongPassword);
    expect(wrongPassword.body).toEqual(wrongEmail.body);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
  });

  it('when a user logs out, then the session row is gone and the cookie no longer works', async () => {
    const { user, agent, csrf } = await signUp(h);
    expect(await h.platform.db.session.count({ where: { userId: user.id } })).toBe(1);
    const out = await agent.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf).expect(204);
    h.openapi.assertResponse(out);
    expect(await h.platform.db.session.count({ where: { userId: user.id } })).toBe(0);
    const after = await agent.get('/api/v1/me').expect(401);
    h.openapi.assertResponse(after);
  });

  it('when the request came over TLS through a local reverse proxy, then the session cookie is Secure', async () => {
    const { user } = await signUp(h);
    const res = await request(h.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-Proto', 'https').send({ email: user.email, password: PASSWORD }).expect(200);
    expect(res.headers['set-cookie']?.[0]).toMatch(/; Secure/);
  });

  it('when NODE_ENV=production is served over plain HTTP (Compose on a LAN), then the cookie is not Secure and the login sticks', async () => {
    const prod = await startApiHarness({ env: { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) } });
    try {
      const user = await createUser(prod.platform.db, { email: 'lan@example.com', password: PASSWORD });
      const agent = request.agent(prod.baseUrl);
      const res = await agent.post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
      expect(res.headers['set-cookie']?.[0]).toMatch(/^sd_session=/);
      expect(res.headers['set-cookie']?.[0]).not.toMatch(/Secure/);
      // A cookie jar, like a browser, sends a Secure cookie only over HTTPS: this read proves the cookie came back.
      const me = await agent.get('/api/v1/me').expect(200);
      expect(me.body).toMatchObject({ via: 'session', user: { email: user.email } });
      const proxied = await request(prod.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-Proto', 'https').send({ email: user.email, password: PASSWORD }).expect(200);
      expect(proxied.headers['set-cookie']?.[0]).toMatch(/; Secure/);
    } finally {
      await prod.stop();
    }
  });
});

describe('CSRF', () => {
  it('when a cookie session posts without the token, then it is refused with 403; with the header or _csrf field it passes', async () => {
    const { agent, csrf } = await signUp(h);
    const refused = await agent.post('/api/v1/tokens').send({ name: 'laptop' }).expect(403);
    h.openapi.assertResponse(refused);
    expect(refused.body.error.code).toBe('csrf_failed');
    await agent.post('/api/v1/tokens').set('X-CSRF-Token', 'x'.repeat(csrf.length)).send({ name: 'laptop' }).expect(403);
    const viaHeader = await agent.post('/api/v1/tokens').set('X-CSRF-Token', csrf).send({ name: 'laptop' }).expect(201);
    h.openapi.assertResponse(viaHeader);
    await agent.post('/api/v1/tokens').send({ name: 'desktop', _csrf: csrf }).expect(201);
  });

  it("when another session's token is sent, then it is refused", async () => {
    const a = await signUp(h);
    const b = await signUp(h);
    await a.agent.post('/api/v1/tokens').set('X-CSRF-Token', b.csrf).send({ name: 'x' }).expect(403);
  });

  it('when a bearer token posts without a CSRF token, then it is accepted (scripts are exempt)', async () => {
    const { auth } = await tokenUser(h);
    const res = await request(h.baseUrl).post('/api/v1/tokens').set('Authorization', auth).send({ name: 'ci' }).expect(201);
    h.openapi.assertResponse(res);
  });
});

describe('login rate limiting', () => {
  it('when an account sees 5 failed logins, then the 6th attempt is refused with 429 even with the right password', async () => {
    const { user } = await signUp(h);
    for (let i = 0; i < 5; i++) {
      await request(h.baseUrl).post('/api/v1/auth/login').send({ email: user.email, password: `wrong-${i}-password` }).expect(401);
    }
    const limited = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(429);
    h.openapi.assertResponse(limited);
    expect(limited.body.error.code).toBe('too_many_attempts');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same IP is not locked by this one's failures.
    const other = await signUp(h);
    expect(other.user.id).toBeGreaterThan(0);
  });
});

describe('TRUST_PROXY', () => {
  it('when TRUST_PROXY is set, then it parses to express trust proxy values; anything else is a start-up error', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '' }).TRUST_PROXY).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 172.16.0.0/12, fd00::/8' }).TRUST_PROXY).toBe('loopback, 172.16.0.0/12, fd00::/8');
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY: .*proxy\.local/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('when the proxy is trusted (loopback by default), then each forwarded client has its own login limit', async () => {
    const { user } = await signUp(h);
    for (let i = 0; i < 5; i++) {
      await request(h.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-For', '203.0.113.7').send({ email: user.email, password: `wrong-${i}-password` }).expect(401);
    }
    await request(h.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-For', '203.0.113.7').send({ email: user.email, password: PASSWORD }).expect(429);
    await request(h.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-For', '198.51.100.9').send({ email: user.email, password: PASSWORD }).expect(200);
  });

  it('when the request does not come from a trusted proxy, then X-Forwarded-Proto and -For are ignored', async () => {
    // The test client is 127.0.0.1, outside 10.0.0.0/8: it is a client, not the proxy.
    const untrusted = await startApiHarness({ env: { TRUST_PROXY: '10.0.0.0/8' } });
    try {
      const user = await createUser(untrusted.platform.db, { email: 'direct@example.com', password: PASSWORD });
      const res = await request(untrusted.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-Proto', 'https').send({ email: user.email, password: PASSWORD }).expect(200);
      expect(res.headers['set-cookie']?.[0]).not.toMatch(/Secure/);
      for (let i = 0; i < 5; i++) {
        await request(untrusted.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-For', `203.0.113.${i}`).send({ email: user.email, password: `wrong-${i}-password` }).expect(401);
      }
      // A forged X-Forwarded-For does not buy a fresh limit.
      await request(untrusted.baseUrl).post('/api/v1/auth/login').set('X-Forwarded-For', '198.51.100.9').send({ email: user.email, password: PASSWORD }).expect(429);
    } finally {
      await untrusted.stop();
    }
  });
});

describe('API tokens', () => {
  it('when a token is created, then it works as Bearer, is stored hashed, and stops working once revoked', async () => {
    const { agent, csrf } = await signUp(h);
    const created = await agent.post('/api/v1/tokens').set('X-CSRF-Token', csrf).send({ name: 'script' }).expect(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^sd_/);
    expect(await h.platform.db.apiToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await h.platform.db.apiToken.count({ where: { tokenHash: sha256(token) } })).toBe(1);

    const me = await request(h.baseUrl).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.via).toBe('token');
    const list = await agent.get('/api/v1/tokens').expect(200);
    h.openapi.assertResponse(list);
    expect(list.body.items[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(token);

    const revoked = await agent.delete(`/api/v1/tokens/${created.body.apiToken.id}`).set('X-CSRF-Token', csrf).expect(200);
    h.openapi.assertResponse(revoked);
    expect(revoked.body.apiToken.revokedAt).not.toBeNull();
    const refused = await request(h.baseUrl).get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
    h.openapi.assertResponse(refused);
  });

  it("when a user revokes another user's token id, then it is a 404 and the token keeps working", async () => {
    const owner = await tokenUser(h);
    const row = await h.platform.db.apiToken.findFirstOrThrow({ where: { userId: owner.user.id } });
    const other = await signUp(h);
    const res = await other.agent.delete(`/api/v1/tokens/${row.id}`).set('X-CSRF-Token', other.csrf).expect(404);
    h.openapi.assertResponse(res);
    await request(h.baseUrl).get('/api/v1/me').set('Authorization', owner.auth).expect(200);
  });

  it('when the Authorization header is malformed or the token unknown, then 401', async () => {
    await request(h.baseUrl).get('/api/v1/me').set('Authorization', 'Basic abc').expect(401);
    await request(h.baseUrl).get('/api/v1/me').set('Authorization', 'Bearer sd_notarealtoken').expect(401);
    await request(h.baseUrl).get('/api/v1/me').expect(401);
  });
});

describe('request guards', () => {
  it('when an anonymous request reads data, then 401; a too-large JSON body is 413; every error has the same shape', async () => {
    for (const path of ['/api/v1/slates', '/api/v1/projection-sets', '/api/v1/jobs', '/api/v1/injuries']) {
      const res = await request(h.baseUrl).get(path).expect(401);
      h.openapi.assertResponse(res);
      expect(res.body.error).toMatchObject({ code: 'unauthorized', details: null });
    }
    const { auth } = await tokenUser(h);
    const big = await request(h.baseUrl).post('/api/v1/tokens').set('Authorization', auth).set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(300 * 1024) })).expect(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const broken = await request(h.baseUrl).post('/api/v1/tokens').set('Authorization', auth).set('Content-Type', 'application/json').send('{"name":').expect(400);
    expect(broken.body.error.code).toBe('invalid_json');
    const unknown = await request(h.baseUrl).get('/api/v1/nope').set('Authorization', auth).expect(404);
    expect(unknown.body.error.code).toBe('not_found');
  });
});

describe('bootstrap admin', () => {
  it('when ADMIN_EMAIL and ADMIN_PASSWORD are set on an empty database, then that admin exists and can sign in', async () => {
    const admin = await h.platform.db.user.findUniqueOrThrow({ where: { email: 'boss@example.com' } });
    expect(admin.role).toBe('admin');
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    const res = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: 'boss@example.com', password: 'bootstrap-password-123' }).expect(200);
    expect(res.body.user.role).toBe('admin');
  });
});
