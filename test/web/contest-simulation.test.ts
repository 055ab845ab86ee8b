/**
 * When a user starts a contest simulation from the dashboard, then the form offers their built lineup sets and the
 * sets with draws, names a bad payout line, shows the use-case's refusals in the form, queues the sim job (a
 * DraftKings contest id is read from a local fixture server), and a finished run shows its results per lineup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJobs } from '../../src/core/jobs/job-admin.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedLineupSet, seedSlate, type SeededSlate } from './seed-slate.js';

let h: WebHarness;
let dk: FixtureServer;
let seeded: SeededSlate;
let lineupSetId: number;
let drawSetId: number;

beforeAll(async () => {
  dk = await startFixtureServer({ 'GET /contests/v1/contests/9000': { file: 'dfs/dk_api_contest_detail_9000.json' } });
  h = await startWebHarness(['frontend'], { DRAFTKINGS_API_URL: dk.url });
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  lineupSetId = await seedLineupSet(h.t.db, seeded, h.user.id);
  // A projections run's set: 100 draws per player (the values do not matter to starting a run).
  const players = await h.t.db.slatePlayer.count({ where: { slateId: seeded.slateId } });
  const draws = new Float32Array(players * 100).fill(10);
  drawSetId = (await h.t.db.projectionSet.create({ data: { slateId: seeded.slateId, name: 'Sim run 42', source: 'simulation', drawCount: 100, drawBlocks: { create: [{ rowStart: 0, rowCount: players, payload: new Uint8Array(draws.buffer) }] } } })).id;
});
afterAll(async () => {
  await h?.stop();
  await dk?.close();
});

const page = (slateId = seeded.slateId) => `/slates/${slateId}/simulations`;
const manual = { payoutSource: 'manual', contestName: 'Flea Flicker', entryFee: '5', fieldSize: '200', tiers: '1-1 200\n2-40 10' };

describe('contest simulation form', () => {
  it('when the user has a built lineup set, then the form offers it and only the sets with draws', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(page()).expect(200);
    expect(res.text).toContain(`action="/slates/${seeded.slateId}/simulations/contest"`);
    expect(res.text).toContain(`<option value="${lineupSetId}" >#${lineupSetId} · 2 lineups · Sim 10k</option>`);
    expect(res.text).toMatch(new RegExp(`<option value="${drawSetId}" >Sim run 42 · 100 draws`));
    // The seeded "Sim 10k" set has projections but no draws: it cannot score a contest.
    expect(res.text).not.toMatch(new RegExp(`<option value="${seeded.projectionSetId}" >Sim 10k · `));
  });

  it('when the user has no lineup set for the slate, then the form says to build lineups first', async () => {
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const res = await agent.get(page()).expect(200);
    expect(res.text).toContain('No built lineup set for this slate yet.');
    expect(res.text).toContain(`<a href="/slates/${seeded.slateId}/optimize">build lineups in the optimizer</a>`);
    expect(res.text).not.toContain('Simulate the contest');
  });

  it('when a payout line is not a tier, then the form is shown again with 400 naming the line, and nothing is queued', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const form = await agent.get(page()).expect(200);
    const res = await agent.post(`${page()}/contest`).type('form')
      .send({ _csrf: csrfFrom(form.text), lineupSetId: String(lineupSetId), projectionSetId: String(drawSetId), ...manual, tiers: '1-1 200\ntop ten 5' }).expect(400);
    expect(res.text).toContain('payout line 2 (&#34;top ten 5&#34;): write &#34;from-to amount&#34;');
    // What the user typed is kept.
    expect(res.text).toContain('value="Flea Flicker"');
    expect(await listJobs(h.platform.boss, { queue: 'sim-engine.run-contest' })).toHaveLength(0);
  });

  it("when the use-case refuses (another user's lineup set, a set without draws, an unknown DraftKings contest), then its message shows in the form", async () => {
    const otherSet = await seedLineupSet(h.t.db, seeded, h.admin.id);
    const agent = await signedIn(h.baseUrl, h.user.email);
    const form = await agent.get(page()).expect(200);
    const post = (body: Record<string, string>, status: number) => agent.post(`${page()}/contest`).type('form')
      .send({ _csrf: csrfFrom(form.text), lineupSetId: String(lineupSetId), projectionSetId: String(drawSetId), ...manual, ...body }).expect(status);
    expect((await post({ lineupSetId: String(otherSet) }, 404)).text).toContain(`lineup set ${otherSet} not found for slate ${seeded.slateId}`);
    expect((await post({ projectionSetId: String(seeded.projectionSetId) }, 422)).text).toContain(`projection set ${seeded.projectionSetId} has no simulation draws`);
    expect((await post({ payoutSource: 'draftkings', draftkingsContestId: '1234' }, 404)).text).toContain('DraftKings contest 1234 not found');
    expect(await listJobs(h.platform.boss, { queue: 'sim-engine.run-contest' })).toHaveLength(0);
  });

  it('when the form is valid (by hand or a DraftKings contest id), then the contest job is sent for this user and the page confirms it', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const form = await agent.get(page()).expect(200);
    const sets = { _csrf: csrfFrom(form.text), lineupSetId: String(lineupSetId), projectionSetId: String(drawSetId) };
    const res = await agent.post(`${page()}/contest`).type('form').send({ ...sets, ...manual }).expect(303);
    expect(res.headers.location).toBe(`${page()}?started=contest`);
    await agent.post(`${page()}/contest`).type('form').send({ ...sets, payoutSource: 'draftkings', draftkingsContestId: '9000' }).expect(303);
    const jobs = (await listJobs(h.platform.boss, { queue: 'sim-engine.run-contest' })).map((j) => j.data);
    const common = { slateId: seeded.slateId, lineupSetId, projectionSetId: drawSetId, userId: h.user.id };
    expect(jobs).toContainEqual(expect.objectContaining({
      ...common,
      payout: { name: 'Flea Flicker', entryFee: 5, fieldSize: 200, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 200 }, { minPosition: 2, maxPosition: 40, amount: 10 }] },
    }));
    expect(jobs).toContainEqual(expect.objectContaining({ ...common, payout: expect.objectContaining({ name: 'MLB $10 5-Player', entryFee: 10, fieldSize: 5, source: 'dk-contest-detail' }) }));
    const follow = await agent.get(res.headers.location as string).expect(200);
    expect(follow.text).toContain('Contest simulation queued.');
  });
});

describe('contest results', () => {
  it('when a contest run is done, then the payout summary and one row per lineup show, sorted by ROI (or the chosen column)', async () => {
    const lineups = await h.t.db.lineup.findMany({ where: { lineupSetId }, orderBy: { index: 'asc' } });
    const row = (index: number, roi: number, averageFinish: number) => ({
      index, lineupId: lineups[index]!.id, roi, averagePayout: 5 * (1 + roi), winRate: 0.004, topRate: 0.02, cashRate: 0.25, averageFinish, duplicates: index,
    });
    const run = await h.t.db.simulationRun.create({
      data: {
        kind: 'contest', slateId: seeded.slateId, userId: h.user.id, status: 'done', seed: 1n, sims: 2000, chunkCount: 1, chunksDone: 1, params: {}, finishedAt: new Date(),
        result: { field: {}, payout: { name: 'Flea <b>Flicker</b>', source: 'user', fieldSize: 200, entryFee: 5 }, lineups: [row(0, -0.2, 80), row(1, 0.35, 95)] },
      },
    });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`${page()}/${run.id}`).expect(200);
    expect(res.text).toContain('Flea &lt;b&gt;Flicker&lt;/b&gt;');
    expect(res.text).toContain('<dt>Entry fee</dt><dd>$5</dd>');
    expect(res.text).toContain('<dd>200 entries</dd>');
    const rows = (html: string) => [...html.matchAll(/<td><strong>#(\d+)<\/strong>/g)].map((m) => Number(m[1]));
    expect(rows(res.text)).toEqual([2, 1]);
    expect(res.text).toContain('+35.0%');
    expect(res.text).toContain('Josh Allen, De&#39;Von Achane');
    const byFinish = await agent.get(`${page()}/${run.id}?sort=finish`).expect(200);
    expect(rows(byFinish.text)).toEqual([1, 2]);
    // A run stored without the field summary shows no field section.
    expect(res.text).not.toContain('id="contest-field"');
  });

  it('when a contest result carries the field summary, then winning score, cash line, duplicates and mean ROI show', async () => {
    const spread = (p10: number, p50: number, p90: number) => ({ p10, p50, p90 });
    const field = { winningScore: spread(301.5, 330.25, 362), cashLine: spread(250, 262.5, 270), medianScore: 231.4, meanScore: 229.9, duplicateRate: 0.213, meanRoi: -0.15, roiCheck: { prizePool: 850, entryFees: 1000, paidMin: 850, paidMax: 850, sampledSims: 500 } };
    const run = await h.t.db.simulationRun.create({
      data: {
        kind: 'contest', slateId: seeded.slateId, userId: h.user.id, status: 'done', seed: 1n, sims: 2000, chunkCount: 1, chunksDone: 1, params: {}, finishedAt: new Date(),
        result: { field, payout: { name: 'GPP', source: 'user', fieldSize: 200, entryFee: 5, warnings: ['150 of 200 places are paid: real contests pay 20-50%'] }, lineups: [] },
      },
    });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`${page()}/${run.id}`).expect(200);
    expect(res.text).toContain('id="contest-field"');
    expect(res.text).toMatch(/<th>Winning score<\/th><td class="num">301\.5<\/td><td class="num">330\.3<\/td><td class="num">362\.0<\/td>/);
    expect(res.text).toMatch(/<th>Cash line<\/th><td class="num">250\.0<\/td><td class="num">262\.5<\/td>/);
    expect(res.text).toContain('<dt>Duplicate rate</dt><dd>21.3%</dd>');
    expect(res.text).toContain('<dt>Field mean ROI</dt><dd>-15.0%');
    expect(res.text).toContain('every sampled sim paid out $850)');
    expect(res.text).toContain('Payout: 150 of 200 places are paid: real contests pay 20-50%');
  });
});
