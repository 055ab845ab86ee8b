/**
 * Issue 18 item 2: what a simulation derives from a user's private projections (the run, its projection set)
 * belongs to that user: another user cannot list, read, export or build lineups from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';
import { waitFor } from '../support/wait-for.js';

let h: ApiHarness;
let nfl: number;
let alice: SignedIn;
let bob: SignedIn;

beforeAll(async () => {
  h = await startApiHarness({ roles: ['backend-api', 'sim-engine'] });
  nfl = await importFixtureSlate(h.platform.db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  alice = await signUp(h);
  bob = await signUp(h);
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('derived rows belong to the user whose input they come from', () => {
  it('when A simulates on her private projections, then B can neither see nor export nor use the simulated set', async () => {
    const upload = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', fixture('nfl_projections_rotogrinders_style.csv'), 'mine.csv').expect(201);
    const start = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf)
      .send({ kind: 'projections', slateId: nfl, sims: 500, seed: 3, projectionSetId: upload.body.projectionSetId }).expect(202);
    const finished = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/simulations/jobs/${start.body.jobId}`).expect(200);
      return res.body.simulation?.status === 'done' ? res.body.simulation : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    const setId = finished.projectionSetId as number;
    expect(setId).toBeGreaterThan(0);

    const mine = await alice.agent.get(`/api/v1/projection-sets/${setId}/export`).expect(200);
    expect(mine.text.split('\r\n').length).toBeGreaterThan(100);
    await bob.agent.get(`/api/v1/projection-sets/${setId}/export`).expect(404);
    await bob.agent.get(`/api/v1/projection-sets/${setId}`).expect(404);
    await bob.agent.get(`/api/v1/simulations/${finished.id}`).expect(404);
    const listed = await bob.agent.get(`/api/v1/projection-sets?slateId=${nfl}`).expect(200);
    expect(listed.body.items.map((s: { id: number }) => s.id)).not.toContain(setId);
    const build = await bob.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', bob.csrf).send({ slateId: nfl, projectionSetId: setId, rules: { lineups: 1 } });
    expect(build.status).toBe(404);
    const row = await h.platform.db.projectionSet.findUniqueOrThrow({ where: { id: setId }, select: { userId: true } });
    expect(row.userId).toBe(alice.user.id);
  }, 180_000);
});
