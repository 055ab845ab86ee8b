/** The salary import on /uploads: the CLI's import from the dashboard, shared-slate rules and clear refusals. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';

const FILE = new URL('../fixtures/optimizer/dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv', import.meta.url).pathname;
let h: WebHarness;

beforeAll(async () => { h = await startWebHarness(); }, 120_000);
afterAll(async () => h?.stop());

describe('salary import from the dashboard', () => {
  it('when a user uploads a DraftKings salary file, then the slate is created and the browser lands on it', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/uploads').expect(200);
    expect(page.text).toContain('Import a salary file');
    const res = await agent.post('/uploads/salaries').field('_csrf', csrfFrom(page.text)).field('site', 'draftkings')
      .attach('file', readFileSync(FILE), 'DKSalaries.csv').expect(303);
    const slate = await h.t.db.slate.findFirstOrThrow({ include: { _count: { select: { players: true } } } });
    expect(res.headers.location).toBe(`/slates/${slate.id}?imported=${slate._count.players}`);
    expect(slate._count.players).toBeGreaterThan(20);
    // The import kept an audit row under the user's uploads.
    expect(await h.t.db.upload.count({ where: { userId: h.user.id, kind: 'salaries', status: 'stored' } })).toBe(1);
  });

  it('when the site is not one we read or the file is missing, then the page names the problem', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/uploads').expect(200);
    const bad = await agent.post('/uploads/salaries').field('_csrf', csrfFrom(page.text)).field('site', 'yahoo').attach('file', readFileSync(FILE), 'x.csv').expect(400);
    expect(bad.text).toContain('site:');
    const empty = await agent.post('/uploads/salaries').field('_csrf', csrfFrom(page.text)).field('site', 'draftkings').expect(400);
    expect(empty.text).toContain('choose a salary file');
  });
});
