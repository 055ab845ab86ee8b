/**
 * Hostile input to the dashboard (issue 18, items 8, 10, 12): ids too large for the database in paths, query
 * strings and forms, NUL bytes in filters, text where a number goes; and every page under a strict CSP with no
 * inline script, style or handler for it to block.
 */
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedLineupSet, seedSlate, type SeededSlate } from './seed-slate.js';

let h: WebHarness;
let seeded: SeededSlate;
let lineupSetId: number;
let user: TestAgent;
let admin: TestAgent;
const HUGE = '2147483648';

beforeAll(async () => {
  h = await startWebHarness();
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  lineupSetId = await seedLineupSet(h.t.db, seeded, h.user.id);
  user = await signedIn(h.baseUrl, h.user.email);
  admin = await signedIn(h.baseUrl, h.admin.email);
});
afterAll(async () => {
  await h?.stop();
});

describe('ids too large for the database (item 8)', () => {
  it('when a page path or query string carries one, then 400 names it (not a 500)', async () => {
    const s = seeded.slateId;
    const cases: [string, string][] = [
      [`/slates/${HUGE}`, 'slate id'], [`/slates/${s}/players/${HUGE}`, 'player id'], [`/slates/${s}/simulations/${HUGE}`, 'simulation id'],
      [`/slates/${s}/optimize/${HUGE}/lineups`, 'lineup set id'],
      [`/slates/${s}?set=${HUGE}`, 'set'], [`/slates/${s}/pool?set=${HUGE}`, 'set'], [`/slates/${s}/optimize?set=${HUGE}`, 'set'],
      [`/slates/${s}/optimize?lineupSet=${HUGE}`, 'lineupSet'], [`/uploads?upload=${HUGE}`, 'upload'], [`/uploads?slate=${HUGE}`, 'slate'],
    ];
    for (const [path, field] of cases) {
      const res = await user.get(path);
      expect(res.status, path).toBe(400);
      expect(res.text, path).toContain(`${field} must be at most 2147483647`);
    }
  });

  it('when a form posts one, then the form answers 400 naming the field', async () => {
    const page = await user.get(`/slates/${seeded.slateId}/simulations`).expect(200);
    const res = await user.post(`/slates/${seeded.slateId}/simulations`).type('form').send({ _csrf: csrfFrom(page.text), sims: '1000', baselineSetId: HUGE });
    expect(res.status).toBe(400);
    expect(res.text).toContain('baselineSetId: must be at most 2147483647');
    const opt = await user.get(`/slates/${seeded.slateId}/optimize`).expect(200);
    const rules = await user.post(`/slates/${seeded.slateId}/optimize`).type('form').send({ _csrf: csrfFrom(opt.text), lineups: '1', set: HUGE });
    expect(rules.status).toBe(400);
    expect(rules.text).toContain('must be at most 2147483647');
  });
});

describe('NUL bytes in filters (item 8)', () => {
  it('when the admin queue filter or a pool filter holds one (or a job id is no UUID), then 400 names it', async () => {
    const jobs = await admin.get('/admin/jobs?queue=sim%00x');
    expect(jobs.status).toBe(400);
    expect(jobs.text).toContain('queue must not contain NUL bytes');
    // 36 characters of hex digits and dashes, but no UUID: refused before PostgreSQL's uuid parser sees it.
    const notUuid = await admin.get(`/admin/jobs/${'-'.repeat(36)}`);
    expect(notUuid.status).toBe(400);
    expect(notUuid.text).toContain('is not a job id (a UUID)');
    const pool = await user.get(`/slates/${seeded.slateId}?team=K%00C`);
    expect(pool.status).toBe(400);
    expect(pool.text).toContain('team must not contain NUL bytes');
  });
});

describe('one password rule on the login form (item 13)', () => {
  it('when the login form renders, then it bounds the password like the API; a longer one is a 400 naming the bound', async () => {
    const agent = (await import('supertest')).default.agent(h.baseUrl);
    const form = await agent.get('/login').expect(200);
    expect(form.text).toContain('maxlength="1024"');
    const res = await agent.post('/login').type('form').send({ email: h.user.email, password: 'x'.repeat(1025), _csrf: csrfFrom(form.text) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('must be at most 1024 characters');
  });
});

describe('numbers typed as text (item 12)', () => {
  it('when the simulation form gets "ten" sims, then the message says it must be a number (never "received NaN")', async () => {
    const page = await user.get(`/slates/${seeded.slateId}/simulations`).expect(200);
    const res = await user.post(`/slates/${seeded.slateId}/simulations`).type('form').send({ _csrf: csrfFrom(page.text), sims: 'ten' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('sims: must be a number');
    expect(res.text).not.toContain('NaN');
  });
});

describe('content security policy (item 10)', () => {
  it('when any page renders, then it has the security headers and nothing inline that the CSP would block', async () => {
    const pages = ['/', `/slates/${seeded.slateId}`, `/slates/${seeded.slateId}/optimize?lineupSet=${lineupSetId}`, `/slates/${seeded.slateId}/simulations`, '/uploads', '/tokens'];
    const responses: [string, Awaited<ReturnType<TestAgent['get']>>][] = [
      ...await Promise.all(pages.map(async (p) => [p, await user.get(p).expect(200)] as [string, Awaited<ReturnType<TestAgent['get']>>])),
      ['/admin/jobs', await admin.get('/admin/jobs').expect(200)], ['/login', await user.get('/login')],
    ];
    for (const [path, res] of responses) {
      expect(res.headers['content-security-policy'], path).toMatch(/script-src 'self'.*style-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.text, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(res.text, path).not.toMatch(/<style|\sstyle="|\son[a-z]+="|hx-on|javascript:/i);
      if (res.text.includes('htmx.min.js')) expect(res.text, path).toContain('"includeIndicatorStyles":false');
    }
  });
});
