/**
 * Issue 18 item 4: one user's big job does not block another user's small one. A large lineup build runs in its
 * own queue beside the small builds; a long simulation's chunks take turns with another run's chunks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';
import { waitFor } from '../support/wait-for.js';

let h: ApiHarness;
let nfl: number;
let alice: SignedIn;
let bob: SignedIn;

beforeAll(async () => {
  h = await startApiHarness({ roles: ['backend-api', 'sim-engine', 'optimizer'] });
  nfl = await importFixtureSlate(h.platform.db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  alice = await signUp(h);
  bob = await signUp(h);
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('fair share between users', () => {
  it("when A's 5,000-lineup build is running, then B's 1-lineup build finishes while A's is still running, and A's reports progress", async () => {
    const big = await alice.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', alice.csrf).send({ slateId: nfl, rules: { lineups: 5000, minUnique: 2 } }).expect(202);
    await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/lineup-sets/${big.body.lineupSetId}`).expect(200);
      return res.body.lineupSet.status === 'running' ? true : undefined;
    }, { timeoutMs: 60_000, intervalMs: 200 });
    const small = await bob.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', bob.csrf).send({ slateId: nfl, rules: { lineups: 1 } }).expect(202);
    await waitFor(async () => {
      const res = await bob.agent.get(`/api/v1/lineup-sets/${small.body.lineupSetId}`).expect(200);
      return res.body.lineupSet.status === 'done' ? true : undefined;
    }, { timeoutMs: 90_000, intervalMs: 200 });
    const bigNow = await alice.agent.get(`/api/v1/lineup-sets/${big.body.lineupSetId}`).expect(200);
    expect(bigNow.body.lineupSet.status).toBe('running');
    const progressed = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/lineup-sets/${big.body.lineupSetId}`).expect(200);
      return res.body.lineupSet.progress > 0 ? res.body.lineupSet.progress as number : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250 });
    expect(progressed).toBeLessThan(1);
    await alice.agent.post(`/api/v1/lineup-sets/${big.body.lineupSetId}/cancel`).set('X-CSRF-Token', alice.csrf).expect(200);
  }, 300_000);

  it("when A's long simulation is running, then B's short one (several chunks) finishes before A's", async () => {
    const long = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf).send({ kind: 'projections', slateId: nfl, sims: 150_000, seed: 1 }).expect(202);
    const longRun = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/simulations/jobs/${long.body.jobId}`).expect(200);
      return res.body.simulation && res.body.simulation.chunksDone >= 1 ? res.body.simulation : undefined;
    }, { timeoutMs: 120_000, intervalMs: 200 });
    const short = await bob.agent.post('/api/v1/simulations').set('X-CSRF-Token', bob.csrf).send({ kind: 'projections', slateId: nfl, sims: 7_500, seed: 2 }).expect(202);
    await waitFor(async () => {
      const res = await bob.agent.get(`/api/v1/simulations/jobs/${short.body.jobId}`).expect(200);
      return res.body.simulation?.status === 'done' ? true : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    const longNow = await h.platform.db.simulationRun.findUniqueOrThrow({ where: { id: longRun.id } });
    expect(longNow.status).toBe('running');
    expect(longNow.chunksDone).toBeLessThan(longNow.chunkCount / 2);
    await alice.agent.post(`/api/v1/simulations/${longRun.id}/cancel`).set('X-CSRF-Token', alice.csrf).expect(200);
  }, 300_000);
});
