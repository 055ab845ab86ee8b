/**
 * When a simulation or an optimizer run cannot work with what the database holds, then the API refuses it with a
 * 422 naming the problem and queues nothing (no job, no lineup set row), instead of a 202 for a job that fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJobs } from '../../src/core/jobs/job-admin.js';
import { createSlate, createSlatePlayer } from '../factories.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let alice: SignedIn;

const payout = { name: 'test', entryFee: 5, fieldSize: 100, source: 'user', tiers: [{ minPosition: 1, maxPosition: 20, amount: 9 }] };

beforeAll(async () => {
  h = await startApiHarness();
  alice = await signUp(h);
});
afterAll(async () => {
  await h?.stop();
});

const post = (path: string, body: object) => alice.agent.post(path).set('X-CSRF-Token', alice.csrf).send(body);

/** A slate with `count` players; avgPoints null means the site gave no averages. */
async function slateWithPlayers(count: number, avgPoints: number | null = 10) {
  const slate = await createSlate(h.t.db);
  for (let i = 0; i < count; i++) await createSlatePlayer(h.t.db, slate);
  if (avgPoints === null) await h.t.db.slatePlayer.updateMany({ where: { slateId: slate.id }, data: { avgPoints: null } });
  return slate;
}

async function queued(): Promise<number> {
  const [sims, lineups] = await Promise.all([
    listJobs(h.platform.boss, { queue: 'sim-engine.run-projections' }),
    listJobs(h.platform.boss, { queue: 'optimizer.build-lineups' }),
  ]);
  return sims.length + lineups.length;
}

describe('runs refused up front', () => {
  it('when the slate has no players, then both a simulation and an optimizer run are 422 and nothing is queued', async () => {
    const empty = await slateWithPlayers(0);
    const jobsBefore = await queued();
    const sim = await post('/api/v1/simulations', { kind: 'projections', slateId: empty.id, sims: 1000 }).expect(422);
    h.openapi.assertResponse(sim);
    expect(sim.body.error).toMatchObject({ code: 'slate_has_no_players', message: `slate ${empty.id} has no players yet: import its salary file first` });
    const opt = await post('/api/v1/lineup-sets', { slateId: empty.id, rules: { lineups: 1 } }).expect(422);
    h.openapi.assertResponse(opt);
    expect(opt.body.error.code).toBe('slate_has_no_players');
    expect(await queued()).toBe(jobsBefore);
    expect(await h.t.db.lineupSet.count({ where: { slateId: empty.id } })).toBe(0);
  });

  it('when there is no projection set and no site averages, then the optimizer is 422 naming what to do', async () => {
    const bare = await slateWithPlayers(3, null);
    const res = await post('/api/v1/lineup-sets', { slateId: bare.id }).expect(422);
    h.openapi.assertResponse(res);
    expect(res.body.error.code).toBe('no_projections');
    expect(res.body.error.message).toContain('upload a projection CSV or run a simulation first');
    expect(await h.t.db.lineupSet.count({ where: { slateId: bare.id } })).toBe(0);
  });

  it('when the chosen projection set is empty, then the optimizer is 422', async () => {
    const slate = await slateWithPlayers(3);
    const set = await h.t.db.projectionSet.create({ data: { slateId: slate.id, userId: alice.user.id, name: 'empty', source: 'upload' } });
    const res = await post('/api/v1/lineup-sets', { slateId: slate.id, projectionSetId: set.id }).expect(422);
    h.openapi.assertResponse(res);
    expect(res.body.error.message).toBe(`projection set ${set.id} holds no projections: upload a projection CSV or choose another set`);
  });

  it('when a contest simulation names a set without draws or a lineup set without lineups, then 422', async () => {
    const slate = await slateWithPlayers(3);
    const noDraws = await h.t.db.projectionSet.create({ data: { slateId: slate.id, userId: alice.user.id, name: 'upload', source: 'upload' } });
    const withDraws = await h.t.db.projectionSet.create({ data: { slateId: slate.id, name: 'sim', source: 'simulation', drawCount: 1, drawBlocks: { create: [{ rowStart: 0, rowCount: 3, payload: new Uint8Array(12) }] } } });
    const lineupSet = await h.t.db.lineupSet.create({ data: { slateId: slate.id, userId: alice.user.id, status: 'queued', requested: 1, rules: {} } });
    const body = { kind: 'contest', slateId: slate.id, lineupSetId: lineupSet.id, payout };
    const draws = await post('/api/v1/simulations', { ...body, projectionSetId: noDraws.id }).expect(422);
    h.openapi.assertResponse(draws);
    expect(draws.body.error.code).toBe('no_draws');
    const lineups = await post('/api/v1/simulations', { ...body, projectionSetId: withDraws.id }).expect(422);
    expect(lineups.body.error).toMatchObject({ code: 'lineup_set_empty', message: `lineup set ${lineupSet.id} has no lineups yet: wait until the optimizer has built it` });
    expect(await listJobs(h.platform.boss, { queue: 'sim-engine.run-contest' })).toHaveLength(0);
  });

  it('when a contest asks for a field past MAX_CONTEST_FIELD_SIZE or a pool above the fees, then 400 naming it and nothing queued', async () => {
    const slate = await slateWithPlayers(3);
    const withDraws = await h.t.db.projectionSet.create({ data: { slateId: slate.id, name: 'sim', source: 'simulation', drawCount: 1, drawBlocks: { create: [{ rowStart: 0, rowCount: 3, payload: new Uint8Array(12) }] } } });
    const lineupSet = await h.t.db.lineupSet.create({ data: { slateId: slate.id, userId: alice.user.id, status: 'done', requested: 1, rules: {} } });
    await h.t.db.lineup.create({ data: { lineupSetId: lineupSet.id, index: 0, salary: 1, projection: 1 } });
    const body = { kind: 'contest', slateId: slate.id, lineupSetId: lineupSet.id, projectionSetId: withDraws.id };
    const huge = await post('/api/v1/simulations', { ...body, payout: { ...payout, fieldSize: 5_000_000 } }).expect(400);
    h.openapi.assertResponse(huge);
    expect(huge.body.error.code).toBe('invalid_request');
    expect(huge.body.error.message).toContain('payout.fieldSize fieldSize is at most 250000 entries (MAX_CONTEST_FIELD_SIZE)');
    const rich = await post('/api/v1/simulations', { ...body, payout: { ...payout, entryFee: 1, tiers: [{ minPosition: 1, maxPosition: 1, amount: 100_000 }] } }).expect(400);
    expect(rich.body.error.message).toContain('prize pool $100,000 is more than the entry fees paid in ($1 x 100 entries = $100)');
    expect(await listJobs(h.platform.boss, { queue: 'sim-engine.run-contest' })).toHaveLength(0);
  });

  it('when the slate has players with site averages, then both runs are still accepted (202)', async () => {
    const slate = await slateWithPlayers(2);
    h.openapi.assertResponse(await post('/api/v1/simulations', { kind: 'projections', slateId: slate.id, sims: 1000 }).expect(202));
    h.openapi.assertResponse(await post('/api/v1/lineup-sets', { slateId: slate.id, rules: { lineups: 1 } }).expect(202));
  });
});
