/** The slate-day flow through the API: entries upload, payout by hand, a portfolio run by the optimizer worker, export, late swap. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { waitFor } from '../support/wait-for.js';
import { signUp, startApiHarness, tokenUser, type ApiHarness, type SignedIn } from './api-harness.js';

const fixture = (name: string): string => new URL(`../fixtures/optimizer/${name}`, import.meta.url).pathname;
const ENTRIES = readFileSync(fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv'));

let h: ApiHarness;
let dk: FixtureServer;
let a: SignedIn;
let slateId: number;

beforeAll(async () => {
  dk = await startFixtureServer();
  h = await startApiHarness({ roles: ['backend-api', 'optimizer'], env: { DRAFTKINGS_API_URL: dk.url } });
  ({ slateId } = await importSalaryFile(h.platform.db, readFileSync(fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv')), { site: 'draftkings', fileName: 'DKSalaries.csv' }));
  a = await signUp(h);
}, 120_000);
afterAll(async () => {
  await h?.stop();
  await dk?.close();
});

describe('entries and portfolio through /api/v1', () => {
  it('when a user uploads her entries, sets the payouts and starts a portfolio, then her entries come back filled and exportable, and another user sees none of it', async () => {
    const up = await a.agent.post(`/api/v1/slates/${slateId}/entries`).set('X-CSRF-Token', a.csrf).attach('file', ENTRIES, 'DKEntries.csv').expect(201);
    expect(up.body).toMatchObject({ entries: 26 });
    const listed = await a.agent.get(`/api/v1/slates/${slateId}/entries`).expect(200);
    const contests = listed.body.contests as { id: number; siteContestId: string; fieldSize: number | null }[];
    expect(contests.map((c) => c.fieldSize)).toEqual([null, null]);

    // Without payouts the run is queued but fails naming the contests to set.
    for (const c of contests) {
      await a.agent.put(`/api/v1/contests/${c.id}/payout`).set('X-CSRF-Token', a.csrf)
        .send({ fieldSize: 500, tiers: [{ minPosition: 1, maxPosition: 1, amount: 40 }, { minPosition: 2, maxPosition: 100, amount: 0.5 }] }).expect(200);
    }
    const bad = await a.agent.put(`/api/v1/contests/${contests[0]!.id}/payout`).set('X-CSRF-Token', a.csrf)
      .send({ fieldSize: 50, tiers: [{ minPosition: 1, maxPosition: 60, amount: 1 }] }).expect(400);
    expect(bad.body.error.message).toMatch(/pays places past the field: a contest of 50 entries/);

    const started = await a.agent.post(`/api/v1/slates/${slateId}/portfolio`).set('X-CSRF-Token', a.csrf)
      .send({ pool: 60, sims: 400, precision: 8, seed: 4, rules: { exposure: { maxPlayer: 0.8 } } }).expect(202);
    const runId = started.body.id as number;
    const done = await waitFor(async () => {
      const r = await a.agent.get(`/api/v1/portfolio-runs/${runId}`).expect(200);
      return r.body.status === "done" || r.body.status === "failed" ? r.body : undefined;
    }, { timeoutMs: 240_000, intervalMs: 500 });
    expect(done.error).toBeNull();
    expect(done.status).toBe('done');
    const reported = done.report.contests as { contestId: string; entries: number; portfolio: { roi: number }; byProjection: { roi: number } }[];
    expect(reported.map((c) => c.entries).sort()).toEqual([20, 6]);

    const csv = await a.agent.get(`/api/v1/slates/${slateId}/entries/export`).expect(200);
    const rows = (csv.text as string).trim().split('\n');
    expect(rows).toHaveLength(27);
    expect(rows[0]).toBe('Entry ID,Contest Name,Contest ID,Entry Fee,CPT,UTIL,UTIL,UTIL,UTIL,UTIL');
    expect(rows.slice(1).every((r) => /\(\d+\)$/.test(r))).toBe(true);

    const b = await tokenUser(h);
    const theirs = await (await import('supertest')).default(h.baseUrl).get(`/api/v1/slates/${slateId}/entries`).set('Authorization', b.auth).expect(200);
    expect(theirs.body.contests).toEqual([]);
    await (await import('supertest')).default(h.baseUrl).get(`/api/v1/portfolio-runs/${runId}`).set('Authorization', b.auth).expect(404);
  });

  it('when a quick late swap runs after a player is ruled out, then his slots get the best eligible player at no higher salary', async () => {
    const entries = await a.agent.get(`/api/v1/slates/${slateId}/entries`).expect(200);
    const someone = (entries.body.contests[0].entries[0].slots as { id: string }[])[1]!.id;
    await h.platform.db.slatePlayer.updateMany({ where: { slateId, sitePlayerId: someone }, data: { siteStatus: 'O' } });
    const started = await a.agent.post(`/api/v1/slates/${slateId}/late-swap?mode=quick`).set('X-CSRF-Token', a.csrf).send({ now: '2022-02-26T00:00:00Z' }).expect(202);
    const done = await waitFor(async () => {
      const r = await a.agent.get(`/api/v1/portfolio-runs/${started.body.id as number}`).expect(200);
      return r.body.status === "done" || r.body.status === "failed" ? r.body : undefined;
    }, { timeoutMs: 120_000, intervalMs: 300 });
    expect(done.error).toBeNull();
    expect(done.report.changed).toBeGreaterThan(0);
    const after = await a.agent.get(`/api/v1/slates/${slateId}/entries`).expect(200);
    const ids = (after.body.contests as { entries: { slots: { id: string }[] }[] }[]).flatMap((c) => c.entries.flatMap((e) => e.slots.map((s) => s.id)));
    expect(ids).not.toContain(someone);
  });
});
