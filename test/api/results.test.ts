/**
 * The results API on a real slate (DK NBA 2025-10-26): uploading the real standings export and the results CSV,
 * reading the slate's results back, and grading a simulated projection set and a lineup set (its actual points and
 * its rank in the imported real contest). Every response is validated against the OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { signUp, startApiHarness, tokenUser, type ApiHarness, type SignedIn } from './api-harness.js';

const dir = join(import.meta.dirname, '../fixtures/results');
const STANDINGS = 'dk_contest_standings_nba_2025-10-26.csv';
const RESULTS = 'nba_dk_2025-10-26_results.csv';

let h: ApiHarness;
let slateId: number;
let alice: SignedIn;

beforeAll(async () => {
  h = await startApiHarness();
  const file = 'nba_dk_2025-10-26_salaries.csv';
  slateId = (await importSalaryFile(h.platform.db, readFileSync(join(dir, file)), { site: 'draftkings', fileName: file })).slateId;
  alice = await signUp(h);
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('results API', () => {
  it('when the standings export is uploaded (multipart), then it reports 155 players matched and 9,803 entries', async () => {
    const res = await alice.agent.post(`/api/v1/slates/${slateId}/results`).field('_csrf', alice.csrf)
      .attach('file', readFileSync(join(dir, STANDINGS)), STANDINGS).expect(201);
    expect(res.body).toMatchObject({ kind: 'standings', slateId, players: 155, matched: 155, unmatched: [], entries: 9803 });
  });

  it('when the results CSV is sent as a text/csv body with a token, then every row matches; a bad slate is a 404', async () => {
    const { auth } = await tokenUser(h);
    const res = await request(h.baseUrl).post(`/api/v1/slates/${slateId}/results?fileName=${RESULTS}`).set('Authorization', auth)
      .set('Content-Type', 'text/csv').send(readFileSync(join(dir, RESULTS))).expect(201);
    expect(res.body).toMatchObject({ kind: 'results-csv', players: 243, matched: 243, unmatched: [] });
    await request(h.baseUrl).get('/api/v1/slates/999999/results').set('Authorization', auth).expect(404);
  });

  it('reads the slate\'s results back: 243 players, 154 played, the contest with its winning score', async () => {
    const res = await alice.agent.get(`/api/v1/slates/${slateId}/results`).expect(200);
    expect(res.body.players).toHaveLength(243);
    expect(res.body.players.filter((p: { played: boolean }) => p.played)).toHaveLength(154);
    expect(res.body.contests).toEqual([expect.objectContaining({ entryCount: 9803, hasLineups: true, topScore: 409.75 })]);
  });

  it('grades the latest projection set and a lineup set: the top entry\'s lineup scores 409.75 and ranks 1st', async () => {
    const db = h.platform.db;
    const { projectionSetId } = await runProjectionsInline(db, { slateId, sims: 500, seed: 7 });
    const top = await db.contestStandingEntry.findFirstOrThrow({ where: { entryKey: '4920834023' } });
    const set = await db.lineupSet.create({ data: { slateId, userId: alice.user.id, projectionSetId, status: 'done', requested: 1, rules: {},
      lineups: { create: [{ index: 0, salary: 50_000, projection: 300, players: { create: top.slatePlayerIds.map((id, slot) => ({ slot, slotName: `S${slot}`, slatePlayerId: id })) } }] } } });

    const res = await alice.agent.get(`/api/v1/slates/${slateId}/grade?lineupSetId=${set.id}`).expect(200);
    expect(res.body).toMatchObject({ slateId, projectionSetId, summary: { n: 243, played: 154 } });
    expect(res.body.summary.mae).toBeGreaterThan(0);
    expect(res.body.summary.baselineMae).toBeCloseTo(7.19, 1);
    expect(res.body.summary.crps).toBeGreaterThan(0);
    expect(res.body.summary.ownershipMae).toBeGreaterThan(0);
    for (const k of ['p10', 'p25', 'p50', 'p75', 'p90', 'p99']) expect(res.body.summary.coverage[k]).toBeGreaterThanOrEqual(0);
    expect(res.body.lineups).toEqual([expect.objectContaining({ actual: 409.75, missing: 0, contests: [expect.objectContaining({ rank: 1, entries: 9803 })] })]);

    const bob = await signUp(h);
    await bob.agent.get(`/api/v1/slates/${slateId}/grade?lineupSetId=${set.id}`).expect(404);
  }, 60_000);

  it('the contest check: 422 until a contest simulation is done, then the simulated field beside the real standings; another user\'s run is a 404', async () => {
    const db = h.platform.db;
    const res422 = await alice.agent.get(`/api/v1/slates/${slateId}/grade/contest`).expect(422);
    expect(res422.body.error.message).toContain('has no finished contest simulation to compare');
    const spread = { p10: 360, p50: 395.5, p90: 430 };
    const sim = await db.simulationRun.create({ data: { kind: 'contest', slateId, userId: alice.user.id, status: 'done', seed: 1n, sims: 1000, chunkCount: 1, chunksDone: 1, params: {}, finishedAt: new Date(),
      result: { field: { winningScore: spread, cashLine: spread, medianScore: 300, duplicateRate: 0.25, meanRoi: -0.15 }, ownership: [], lineups: [] } } });
    const res = await alice.agent.get(`/api/v1/slates/${slateId}/grade/contest?simulationId=${sim.id}`).expect(200);
    expect(res.body).toMatchObject({ slateId, simulationRunId: sim.id, entries: 9803 });
    const by = new Map((res.body.field as { measure: string }[]).map((r) => [r.measure, r]));
    expect(by.get('winningScore')).toMatchObject({ simulated: 395.5, real: 409.75, difference: -14.25 });
    expect(by.get('medianScore')).toMatchObject({ simulated: 300, real: 314.5 });
    expect(by.get('ownershipMae')).toMatchObject({ real: 0 });
    const bob = await signUp(h);
    await bob.agent.get(`/api/v1/slates/${slateId}/grade/contest?simulationId=${sim.id}`).expect(404);
  });
});
