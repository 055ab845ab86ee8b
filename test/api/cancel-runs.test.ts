/**
 * Issue 18 item 5: cancelling a lineup build or a simulation stops its work within seconds and leaves the run
 * 'cancelled' with nothing half-written: no lineups, no chunks, no projection set, no stuck "running 0.99".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';
import { getJob } from '../../src/core/jobs/job-admin.js';
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

describe('cancel', () => {
  it('when a big lineup build is cancelled while solving, then it stops within seconds, keeps no lineups, and the worker takes the next job', async () => {
    const big = await alice.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', alice.csrf)
      .send({ slateId: nfl, rules: { lineups: 3000, minUnique: 2 } }).expect(202);
    const id = big.body.lineupSetId as number;
    await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/lineup-sets/${id}`).expect(200);
      return res.body.lineupSet.status === 'running' && res.body.lineupSet.progress > 0 ? true : undefined;
    }, { timeoutMs: 120_000, intervalMs: 200 });
    await bob.agent.post(`/api/v1/lineup-sets/${id}/cancel`).set('X-CSRF-Token', bob.csrf).expect(404);
    const cancelled = await alice.agent.post(`/api/v1/lineup-sets/${id}/cancel`).set('X-CSRF-Token', alice.csrf).expect(200);
    h.openapi.assertResponse(cancelled);
    expect(cancelled.body.lineupSet.status).toBe('cancelled');
    const cancelledAt = Date.now();

    // The worker is free again: a 1-lineup build finishes soon after.
    const small = await alice.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', alice.csrf).send({ slateId: nfl, rules: { lineups: 1 } }).expect(202);
    await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/lineup-sets/${small.body.lineupSetId}`).expect(200);
      return res.body.lineupSet.status === 'done' ? true : undefined;
    }, { timeoutMs: 60_000, intervalMs: 200 });
    expect(Date.now() - cancelledAt).toBeLessThan(60_000);

    const job = await getJob(h.platform.boss, big.body.jobId);
    expect(job.state).toBe('cancelled');
    const row = await h.platform.db.lineupSet.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('cancelled');
    expect(await h.platform.db.lineup.count({ where: { lineupSetId: id } })).toBe(0);
    const again = await alice.agent.post(`/api/v1/lineup-sets/${id}/cancel`).set('X-CSRF-Token', alice.csrf).expect(409);
    h.openapi.assertResponse(again);
  }, 300_000);

  it('when a simulation is cancelled mid-run, then its chunks stop, nothing of it is kept and it stays cancelled', async () => {
    const start = await alice.agent.post('/api/v1/simulations').set('X-CSRF-Token', alice.csrf)
      .send({ kind: 'projections', slateId: nfl, sims: 150_000, seed: 5 }).expect(202);
    const run = await waitFor(async () => {
      const res = await alice.agent.get(`/api/v1/simulations/jobs/${start.body.jobId}`).expect(200);
      return res.body.simulation && res.body.simulation.chunksDone >= 1 ? res.body.simulation : undefined;
    }, { timeoutMs: 120_000, intervalMs: 200 });
    const res = await alice.agent.post(`/api/v1/simulations/${run.id}/cancel`).set('X-CSRF-Token', alice.csrf).expect(200);
    h.openapi.assertResponse(res);
    expect(res.body.simulation.status).toBe('cancelled');

    // Within seconds no chunk job of the run is queued or running.
    const db = h.platform.db;
    await waitFor(async () => {
      const { rows } = await h.platform.boss.getDb().executeSql(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE singleton_key LIKE $1 AND state IN ('created', 'retry', 'active')`, [`sim-run-${run.id}-%`]);
      return (rows[0] as { n: number }).n === 0 ? true : undefined;
    }, { timeoutMs: 15_000, intervalMs: 200 });
    await waitFor(async () => ((await db.simulationChunk.count({ where: { runId: run.id } })) === 0 ? true : undefined), { timeoutMs: 15_000, intervalMs: 200 });
    const after = await db.simulationRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(after.status).toBe('cancelled');
    expect(after.chunksDone).toBeLessThan(after.chunkCount);
    expect(await db.projectionSet.count({ where: { simulationRunId: run.id } })).toBe(0);
    await alice.agent.post(`/api/v1/simulations/${run.id}/cancel`).set('X-CSRF-Token', alice.csrf).expect(409);
  }, 300_000);
});
