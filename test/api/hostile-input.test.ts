/**
 * Hostile input to the API (issue 18, items 8, 10, 11, 12, 13): ids too large for the database, NUL bytes in
 * filters and files, unknown keys and deep nesting in JSON bodies, a `null` body, weak or oversized passwords.
 * Each is a 4xx that names the field, and every response carries the security headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createUser, MAX_PASSWORD_LENGTH } from '../../src/api/index.js';
import { fixture } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let user: SignedIn;
let admin: SignedIn;
const HUGE = '2147483648';
const DK = 'dk_nfl_classic_2025-11-16_DKSalaries.csv';

beforeAll(async () => {
  h = await startApiHarness();
  user = await signUp(h);
  admin = await signUp(h, 'admin');
});
afterAll(async () => {
  await h?.stop();
});

type Problem = { field: string; message: string };
const problems = (res: request.Response): Problem[] => (res.body as { error: { details: { problems: Problem[] } } }).error.details.problems;
const post = (path: string, body: unknown) => user.agent.post(path).set('X-CSRF-Token', user.csrf).set('Content-Type', 'application/json').send(JSON.stringify(body));

describe('ids too large for the database (item 8)', () => {
  const reads: [string, string][] = [
    [`/api/v1/slates/${HUGE}`, 'id'], [`/api/v1/slates/1?projectionSetId=${HUGE}`, 'projectionSetId'],
    [`/api/v1/games/${HUGE}/odds`, 'id'], [`/api/v1/games/${HUGE}/weather`, 'id'],
    [`/api/v1/injuries?playerId=${HUGE}`, 'playerId'],
    [`/api/v1/simulations/${HUGE}`, 'id'], [`/api/v1/simulations/${HUGE}/results`, 'id'], [`/api/v1/simulations?slateId=${HUGE}`, 'slateId'],
    [`/api/v1/lineup-sets/${HUGE}`, 'id'], [`/api/v1/lineup-sets/${HUGE}/lineups`, 'id'], [`/api/v1/lineup-sets/${HUGE}/export`, 'id'],
    [`/api/v1/lineup-sets?slateId=${HUGE}`, 'slateId'],
    [`/api/v1/projection-sets/${HUGE}`, 'id'], [`/api/v1/projection-sets/${HUGE}/export`, 'id'], [`/api/v1/projection-sets?slateId=${HUGE}`, 'slateId'],
    [`/api/v1/uploads/${HUGE}`, 'id'],
  ];
  it.each(reads)('when GET %s, then 400 naming %s', async (path, field) => {
    const res = await user.agent.get(path);
    expect(res.status).toBe(400);
    expect(problems(res)).toContainEqual({ field, message: 'must be at most 2147483647' });
  });

  it('when a date is outside what PostgreSQL can store, then 400 naming it', async () => {
    for (const path of ['/api/v1/injuries?since=-100000-01-01T00:00:00Z', '/api/v1/unmatched?since=-100000-01-01T00:00:00Z', '/api/v1/games/1/odds?since=-100000-01-01T00:00:00Z']) {
      const res = await user.agent.get(path);
      expect(res.status, path).toBe(400);
      expect(problems(res), path).toEqual([{ field: 'since', message: 'must be 1970 or later' }]);
    }
  });

  it('when a body, a form field or a DELETE path carries one, then 400 naming it', async () => {
    const sim = await post('/api/v1/simulations', { kind: 'projections', slateId: Number(HUGE) }).expect(400);
    expect(problems(sim).map((p) => p.field)).toContain('slateId');
    const contest = await post('/api/v1/simulations', { kind: 'contest', slateId: 1, projectionSetId: 1, lineupSetId: Number(HUGE), payout: {} }).expect(400);
    expect(problems(contest).map((p) => p.field)).toContain('lineupSetId');
    const opt = await post('/api/v1/lineup-sets', { slateId: 1, projectionSetId: Number(HUGE) }).expect(400);
    expect(problems(opt).map((p) => p.field)).toContain('projectionSetId');
    const del = await user.agent.delete(`/api/v1/tokens/${HUGE}`).set('X-CSRF-Token', user.csrf).expect(400);
    expect(problems(del).map((p) => p.field)).toEqual(['id']);
    const upload = await user.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', user.csrf).field('slateId', HUGE)
      .attach('file', Buffer.from('name,points\nA,1\n'), 'p.csv').expect(400);
    expect(problems(upload).map((p) => p.field)).toEqual(['slateId']);
  });
});

describe('NUL bytes (item 8)', () => {
  it.each([
    ['/api/v1/games/1/odds?market=h2h%00', 'market'],
    ['/api/v1/games/1/odds?bookmaker=dk%00', 'bookmaker'],
    ['/api/v1/injuries?team=K%00C', 'team'],
    ['/api/v1/injuries?status=out%00', 'status'],
  ])('when GET %s, then 400 naming %s', async (path, field) => {
    const res = await user.agent.get(path).expect(400);
    expect(problems(res)).toEqual([{ field, message: 'must not contain NUL bytes' }]);
  });

  it('when the admin job filter or a JSON body holds one, then 400 naming it', async () => {
    const jobs = await admin.agent.get('/api/v1/jobs?queue=sim%00').expect(400);
    expect(problems(jobs)).toEqual([{ field: 'queue', message: 'must not contain NUL bytes' }]);
    const token = await post('/api/v1/tokens', { name: 'a\u0000b' }).expect(400);
    expect(problems(token)).toEqual([{ field: 'name', message: 'must not contain NUL bytes' }]);
  });

  it('when a salary file has a NUL in a name or a salary too large for the database, then it is refused at its line with an audit row', async () => {
    const lines = fixture(DK).toString('utf8').split('\n');
    const withNul = [lines[0], lines[1]?.replace('Christian McCaffrey,', 'Christian\u0000McCaffrey,'), ...lines.slice(2)].join('\n');
    const nul = await user.agent.post('/api/v1/slates').set('X-CSRF-Token', user.csrf).field('site', 'draftkings').attach('file', Buffer.from(withNul), DK);
    expect(nul.status).toBe(422);
    expect(nul.body.error.message).toMatch(/^line 2: column 3 .*contains a NUL byte/);
    const huge = [lines[0], lines[1]?.replace(',9000,', ',99999999999,'), ...lines.slice(2)].join('\n');
    const big = await user.agent.post('/api/v1/slates').set('X-CSRF-Token', user.csrf).field('site', 'draftkings').attach('file', Buffer.from(huge), DK);
    expect(big.status).toBe(422);
    expect(big.body.error.message).toBe('line 2: Salary "99999999999" is too large (at most 2147483647)');
    for (const res of [nul, big]) {
      const upload = await h.platform.db.upload.findUniqueOrThrow({ where: { id: res.body.error.details.uploadId } });
      expect(upload.status).toBe('rejected');
    }
  });
});

describe('security headers (item 10)', () => {
  it('when any response is sent (health, API, 404), then it carries CSP with frame-ancestors, X-Frame-Options and nosniff', async () => {
    for (const res of [await request(h.baseUrl).get('/healthz'), await user.agent.get('/api/v1/me'), await request(h.baseUrl).get('/nowhere')]) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('strict JSON bodies (items 11, 12)', () => {
  it('when optimizer rules carry an unknown key, then 400 names it and nothing is stored', async () => {
    const before = await h.platform.db.lineupSet.count();
    const res = await post('/api/v1/lineup-sets', { slateId: 1, rules: { lineups: 2, maxExposure: 0.6, bogus: true, exposure: { maxPlayer: 0.5, extra: 1 } } }).expect(400);
    expect(res.body.error.message).toContain('bogus: is not a known field');
    expect(res.body.error.message).toContain('maxExposure: is not a known field');
    expect(res.body.error.message).toContain('exposure.extra: is not a known field');
    expect(await h.platform.db.lineupSet.count()).toBe(before);
  });

  it('when a body, the login or a contest payout has an unknown key, then 400 names it', async () => {
    const top = await post('/api/v1/simulations', { kind: 'projections', slateId: 1, bogus: 1 }).expect(400);
    expect(problems(top)).toContainEqual({ field: 'bogus', message: 'is not a known field' });
    const login = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: 'a@b.c', password: 'x', admin: true }).expect(400);
    expect(problems(login)).toContainEqual({ field: 'admin', message: 'is not a known field' });
    const payout = { name: 'x', entryFee: 1, fieldSize: 10, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 5, bonus: 1 }] };
    const contest = await post('/api/v1/simulations', { kind: 'contest', slateId: 1, projectionSetId: 1, lineupSetId: 1, payout, extra: true }).expect(400);
    expect(problems(contest)).toContainEqual({ field: 'extra', message: 'is not a known field' });
  });

  it('when a body nests 3,000 levels deep, then 400 says where and nothing is stored', async () => {
    let deep: unknown = { end: true };
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    const res = await post('/api/v1/lineup-sets', { slateId: 1, rules: deep }).expect(400);
    expect(res.body.error.message).toMatch(/^invalid body: rules(\.a)+ nests deeper than 16 levels$/);
  });

  it('when the body is JSON null, then 400 says it must be an object (not "invalid JSON")', async () => {
    const res = await user.agent.post('/api/v1/simulations').set('X-CSRF-Token', user.csrf).set('Content-Type', 'application/json').send('null').expect(400);
    expect(res.body.error.message).toBe('invalid body: the request body must be a JSON object, not null');
  });

  it('when the OpenAPI document is read, then rules and payout are the zod schemas (every key, required source)', async () => {
    const doc = h.openapi.doc as unknown as { components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown }> } };
    const rules = doc.components.schemas.OptimizerRules;
    expect(Object.keys(rules?.properties ?? {})).toEqual(expect.arrayContaining(['lineups', 'stacks', 'exposure', 'locks', 'randomness', 'simDraws']));
    expect(rules?.additionalProperties).toBe(false);
    const payout = doc.components.schemas.PayoutTable;
    expect(payout?.required).toEqual(expect.arrayContaining(['name', 'entryFee', 'fieldSize', 'tiers', 'source']));
  });
});

describe('one password rule (item 13)', () => {
  it('when a user is created with only spaces or more than the login form can send, then it is refused naming the password', async () => {
    await expect(createUser(h.platform.db, { email: 'spaces@example.com', password: ' '.repeat(11) })).rejects.toThrow('password must not be only spaces');
    await expect(createUser(h.platform.db, { email: 'long@example.com', password: 'x'.repeat(MAX_PASSWORD_LENGTH + 1) })).rejects.toThrow(`password must be at most ${MAX_PASSWORD_LENGTH} characters`);
    expect(await h.platform.db.user.count({ where: { email: { in: ['spaces@example.com', 'long@example.com'] } } })).toBe(0);
  });

  it('when a login sends a password longer than any that can be set, then 400 names it (the dashboard form has the same bound)', async () => {
    const longest = 'y'.repeat(MAX_PASSWORD_LENGTH);
    const made = await createUser(h.platform.db, { email: 'longest@example.com', password: longest });
    await request(h.baseUrl).post('/api/v1/auth/login').send({ email: made.email, password: longest }).expect(200);
    const res = await request(h.baseUrl).post('/api/v1/auth/login').send({ email: made.email, password: `${longest}y` }).expect(400);
    expect(problems(res)).toEqual([{ field: 'password', message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }]);
  });
});
