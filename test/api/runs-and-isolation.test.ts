/**
 * Job control through the API with the real workers (sim-engine, optimizer) on a real DraftKings slate:
 * start → status with progress → results / lineups / upload export; per-user isolation (another user's rows are
 * 404); admin job endpoints (list, counts, cancel, retry) refused to non-admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { fixture, importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, tokenUser, type ApiHarness, type SignedIn } from './api-harness.js';
import { waitFor } from '../support/wait-for.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';

let h: ApiHarness;
let dk: FixtureServer;
let nfl: number;
let alice: SignedIn;
let bob: SignedIn;
const made = { simulationId: 0, simSetId: 0, lineupSetId: 0, uploadId: 0, uploadSetId: 0, jobId: '' };

beforeAll(async () => {
  // DraftKings' contest API, for contest simulations given a real contest id.
  dk = await startFixtureServer({ 'GET /contests/v1/contests/9000': { file: 'dfs/dk_api_contest_detail_9000.json' } });
  h = await startApiHarness({ roles: ['backend-api', 'sim-engine', 'optimizer'], env: { DRAFTKINGS_API_URL: dk.url } });
  nfl = await importFixtureSlate(h.platform.db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  alice = await signUp(h);
  bob = await signUp(h);
  const upload = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
    .field('slateId', String(nfl)).attach('file', fixture('nfl_projections_rotogrinders_style.csv'), 'mine.csv').expect(201);
  made.uploadId = upload.body.uploadId;
  made.uploadSetId = upload.body.projectionSetId;
}, 180_000);
afterAll(async () => {
  await h?.stop();
  await dk?.close();
});

describe('simulations', () => {
  it('when a projections simulation is started, then its job runs and the run reports progress and results', async () => {
    const start = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf)
      .send({ kind: 'projections', slateId: nfl, sims: 1000, seed: 7 }).expect(202);
    h.openapi.assertResponse(start);
    made.jobId = start.body.jobId;
    expect(start.headers.location).toBe(`/api/v1/simulations/jobs/${made.jobId}`);

    const finished = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/simulations/jobs/${made.jobId}`).expect(200);
      h.openapi.assertResponse(res);
      return res.body.simulation?.status === 'done' ? res.body : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    made.simulationId = finished.simulation.id;
    made.simSetId = finished.simulation.projectionSetId;
    expect(finished.simulation.owned).toBe(true);

    const status = await alice.agent.get(`/api/v1/simulations/${made.simulationId}`).expect(200);
    h.openapi.assertResponse(status);
    expect(status.body.simulation).toMatchObject({ status: 'done', progress: 1, sims: 1000, seed: '7' });
    const results = await alice.agent.get(`/api/v1/simulations/${made.simulationId}/results`).expect(200);
    h.openapi.assertResponse(results);
    expect(results.body.result).not.toBeNull();

    const detail = await alice.agent.get(`/api/v1/slates/${nfl}?projectionSetId=${made.simSetId}`).expect(200);
    h.openapi.assertResponse(detail);
    expect(detail.body.players.filter((p: { projection: unknown }) => p.projection !== null).length).toBeGreaterThan(100);
  });

  it('when the simulation payload is invalid, then 400 names the field', async () => {
    const res = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf).send({ kind: 'projections', slateId: nfl, sims: 5 }).expect(400);
    h.openapi.assertResponse(res);
    expect(res.body.error.message).toMatch(/sims/);
    const corr = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf)
      .send({ kind: 'projections', slateId: nfl, correlations: { 'same:WR-QB': 0.4 } }).expect(400);
    expect(corr.body.error.message).toMatch(/correlations\.same:WR-QB write same:QB-WR/);
  });
});

describe('optimizer', () => {
  it('when lineups are requested with rules, then the set is built, its lineups listed and exported in the DraftKings upload format', async () => {
    const start = await alice.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', alice.csrf)
      .send({ slateId: nfl, projectionSetId: made.simSetId, rules: { lineups: 3, stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE']] }] } }).expect(202);
    h.openapi.assertResponse(start);
    made.lineupSetId = start.body.lineupSetId;
    const done = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/lineup-sets/${made.lineupSetId}`).expect(200);
      h.openapi.assertResponse(res);
      if (res.body.lineupSet.status === 'failed') throw new Error(`lineup set failed: ${res.body.lineupSet.error}`);
      // The set is marked done inside the handler; pg-boss records the job completed just after it returns.
      return res.body.lineupSet.status === 'done' && res.body.job?.state === 'completed' ? res.body : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    expect(done.lineupSet).toMatchObject({ progress: 1, lineupCount: 3, jobId: start.body.jobId });

    const lineups = await alice.agent.get(`/api/v1/lineup-sets/${made.lineupSetId}/lineups`).expect(200);
    h.openapi.assertResponse(lineups);
    expect(lineups.body.lineups).toHaveLength(3);
    for (const lineup of lineups.body.lineups as { salary: number; players: { slotName: string }[] }[]) {
      expect(lineup.players.map((p) => p.slotName)).toEqual(['QB', 'RB', 'RB', 'WR', 'WR', 'WR', 'TE', 'FLEX', 'DST']);
      expect(lineup.salary).toBeLessThanOrEqual(50_000);
    }
    const exported = await alice.agent.get(`/api/v1/lineup-sets/${made.lineupSetId}/export`).expect(200);
    h.openapi.assertResponse(exported);
    const lines = exported.text.trim().split('\n');
    expect(lines[0]).toBe('QB,RB,RB,WR,WR,WR,TE,FLEX,DST');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^[^,]+ \(\d+\),/);
  });

  it("when the site's DKEntries.csv is sent, then its entries are filled with the lineups and every other cell is kept", async () => {
    const template = fixture('dk_nfl_classic_2025-11-16_DKEntries_upload_template.csv');
    const res = await alice.agent.post(`/api/v1/lineup-sets/${made.lineupSetId}/export`).set('X-CSRF-Token', alice.csrf)
      .attach('file', template, 'DKEntries.csv').expect(200);
    h.openapi.assertResponse(res);
    expect(res.headers['x-lineups-written']).toBe('3');
    const lineups = await alice.agent.get(`/api/v1/lineup-sets/${made.lineupSetId}/lineups`).expect(200);
    const firstQb = lineups.body.lineups[0].players[0] as { name: string; sitePlayerId: string };
    const lines = res.text.split('\n');
    expect(lines[0]).toMatch(/^Entry ID,Contest Name,Contest ID,Entry Fee,QB,RB,RB,WR,WR,WR,TE,FLEX,DST/);
    expect(lines[1]).toContain(`4947134385,NFL $50K Spy [Single Entry],184735681,$100,${firstQb.name} (${firstQb.sitePlayerId})`);
    const refused = await bob.agent.post(`/api/v1/lineup-sets/${made.lineupSetId}/export`).set('X-CSRF-Token', bob.csrf).attach('file', template, 'DKEntries.csv').expect(404);
    h.openapi.assertResponse(refused);
  });

  it('when the rules are invalid, then 400 lists the bad field and no lineup set is stored', async () => {
    const before = await h.platform.db.lineupSet.count();
    const res = await alice.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', alice.csrf).send({ slateId: nfl, rules: { lineups: 0 } }).expect(400);
    h.openapi.assertResponse(res);
    expect(res.body.error.code).toBe('invalid_rules');
    expect(res.body.error.message).toMatch(/lineups/);
    expect(await h.platform.db.lineupSet.count()).toBe(before);
  });
});

describe('contest simulation', () => {
  it("when a contest simulation of the user's lineup set is started, then it runs to a result; another user may not use that set", async () => {
    const payout = { name: 'API test 200-entry', entryFee: 5, fieldSize: 200, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 200 }, { minPosition: 2, maxPosition: 40, amount: 10 }] };
    const body = { kind: 'contest', slateId: nfl, projectionSetId: made.simSetId, lineupSetId: made.lineupSetId, payout, seed: 3 };
    const refused = await bob.agent.post('/api/v1/simulations').set('X-CSRF-Token', bob.csrf).send(body).expect(404);
    h.openapi.assertResponse(refused);
    const start = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf).send(body).expect(202);
    h.openapi.assertResponse(start);
    const done = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/simulations/jobs/${start.body.jobId}`).expect(200);
      if (res.body.job.state === 'failed') throw new Error(`contest job failed: ${JSON.stringify(res.body.job.output)}`);
      return res.body.simulation?.status === 'done' ? res.body : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    expect(done.simulation.kind).toBe('contest');
    const results = await alice.agent.get(`/api/v1/simulations/${done.simulation.id}/results`).expect(200);
    h.openapi.assertResponse(results);
    expect(results.body.result).not.toBeNull();

    // A real DraftKings contest by id: its fee, size and prizes come from the contest API.
    const byId = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf)
      .send({ ...body, payout: { draftkingsContestId: 9000 } }).expect(202);
    const dkDone = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/simulations/jobs/${byId.body.jobId}`).expect(200);
      if (res.body.job.state === 'failed') throw new Error(`contest job failed: ${JSON.stringify(res.body.job.output)}`);
      return res.body.simulation?.status === 'done' ? res.body : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    const dkResults = await alice.agent.get(`/api/v1/simulations/${dkDone.simulation.id}/results`).expect(200);
    expect(dkResults.body.result.payout).toMatchObject({ name: 'MLB $10 5-Player', entryFee: 10, fieldSize: 5, source: 'dk-contest-detail' });
    const unknown = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf)
      .send({ ...body, payout: { draftkingsContestId: 1234 } }).expect(404);
    expect(unknown.body.error.message).toBe('DraftKings contest 1234 not found');
    const overlapping = { ...payout, tiers: [{ minPosition: 1, maxPosition: 5, amount: 20 }, { minPosition: 5, maxPosition: 40, amount: 10 }] };
    const refusedTiers = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf).send({ ...body, payout: overlapping }).expect(400);
    expect(refusedTiers.body.error.message).toMatch(/payout tier 5-40 overlaps tier 1-5/);
  });
});

describe('per-user isolation', () => {
  it("when another user asks for a user's upload, projection set, simulation or lineup set, then each is a 404 and lists leave them out", async () => {
    const paths = [
      `/api/v1/uploads/${made.uploadId}`, `/api/v1/projection-sets/${made.uploadSetId}`, `/api/v1/projection-sets/${made.uploadSetId}/export`,
      `/api/v1/simulations/${made.simulationId}`, `/api/v1/simulations/${made.simulationId}/results`, `/api/v1/simulations/jobs/${made.jobId}`,
      `/api/v1/lineup-sets/${made.lineupSetId}`, `/api/v1/lineup-sets/${made.lineupSetId}/lineups`, `/api/v1/lineup-sets/${made.lineupSetId}/export`,
      `/api/v1/slates/${nfl}?projectionSetId=${made.uploadSetId}`,
    ];
    for (const path of paths) {
      const res = await bob.agent.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      h.openapi.assertResponse(res);
      expect(res.body.error.code).toBe('not_found');
      await alice.agent.get(path).expect(200);
    }
    const lists = await Promise.all(['/api/v1/uploads', '/api/v1/projection-sets', '/api/v1/simulations', '/api/v1/lineup-sets'].map((p) => bob.agent.get(p).expect(200)));
    for (const list of lists) h.openapi.assertResponse(list);
    expect(JSON.stringify(lists.map((l) => l.body.items))).not.toContain(`"id":${made.lineupSetId},"slateId"`);
    expect(lists[0]?.body.total).toBe(0);
    expect(lists[3]?.body.total).toBe(0);
    expect((lists[1]?.body.items as { id: number }[]).map((s) => s.id)).not.toContain(made.uploadSetId);
    // Another user cannot build lineups from someone else's uploaded set either.
    await bob.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', bob.csrf).send({ slateId: nfl, projectionSetId: made.uploadSetId }).expect(404);
  });

  it('when another user reads shared data (slates), then they see it', async () => {
    const res = await bob.agent.get(`/api/v1/slates/${nfl}`).expect(200);
    expect(res.body.players.length).toBe(556);
  });
});

describe('admin jobs', () => {
  it('when a non-admin asks for jobs, then 403; an admin lists by queue and state and sees counts', async () => {
    const refused = await bob.agent.get('/api/v1/jobs').expect(403);
    h.openapi.assertResponse(refused);
    const admin = await tokenUser(h, 'admin');
    const list = await request(h.baseUrl).get('/api/v1/jobs?queue=optimizer.build-lineups&state=completed').set('Authorization', admin.auth).expect(200);
    h.openapi.assertResponse(list);
    expect((list.body.items as { queue: string; state: string }[]).every((j) => j.queue === 'optimizer.build-lineups' && j.state === 'completed')).toBe(true);
    expect(list.body.items.length).toBeGreaterThanOrEqual(1);
    const counts = await request(h.baseUrl).get('/api/v1/jobs/counts').set('Authorization', admin.auth).expect(200);
    h.openapi.assertResponse(counts);
    expect(counts.body.items.some((c: { queue: string }) => c.queue === 'sim-engine.run-projections')).toBe(true);
  });

  it('when an admin cancels a waiting job and retries it, then it is cancelled and then queued again; a completed job cannot be retried', async () => {
    const admin = await tokenUser(h, 'admin');
    const id = await h.platform.send('sim-engine.run-projections', { slateId: nfl, sims: 100 }, { startAfter: new Date(Date.now() + 3600_000) });
    const cancelled = await request(h.baseUrl).post(`/api/v1/jobs/${id}/cancel`).set('Authorization', admin.auth).expect(200);
    h.openapi.assertResponse(cancelled);
    expect(cancelled.body.job.state).toBe('cancelled');
    const retried = await request(h.baseUrl).post(`/api/v1/jobs/${id}/retry`).set('Authorization', admin.auth).expect(200);
    expect(retried.body.job.state).toBe('created');
    await request(h.baseUrl).post(`/api/v1/jobs/${id}/cancel`).set('Authorization', admin.auth).expect(200);
    const conflict = await request(h.baseUrl).post(`/api/v1/jobs/${made.jobId}/retry`).set('Authorization', admin.auth).expect(409);
    h.openapi.assertResponse(conflict);
    const one = await request(h.baseUrl).get(`/api/v1/jobs/${made.jobId}`).set('Authorization', admin.auth).expect(200);
    h.openapi.assertResponse(one);
    await request(h.baseUrl).get('/api/v1/jobs/not-a-uuid').set('Authorization', admin.auth).expect(400);
  });
});
