/**
 * Issue 18 item 3 (sims and lineups; the contest field is bounded with the contest work): every size a request
 * can ask for has a documented limit, and a request past it is a 400 naming the field and the limit, with nothing
 * queued.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let nfl: number;
let user: SignedIn;

beforeAll(async () => {
  h = await startApiHarness();
  nfl = await importFixtureSlate(h.platform.db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  user = await signUp(h);
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('request size bounds', () => {
  it('when a simulation asks for more than 200,000 sims, then 400 names sims and the limit', async () => {
    const res = await user.agent.post('/api/v1/simulations').set('X-CSRF-Token', user.csrf).send({ kind: 'projections', slateId: nfl, sims: 200_001 }).expect(400);
    h.openapi.assertResponse(res);
    expect(res.body.error.message).toMatch(/sims/);
    expect(res.body.error.message).toMatch(/200000|200,000/);
    const { rows } = await h.platform.boss.getDb().executeSql("SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'sim-engine.%'", []);
    expect((rows[0] as { n: number }).n).toBe(0);
  });

  it('when a lineup build asks for more than 10,000 lineups, then 400 names lineups and the limit, and no set is created', async () => {
    const res = await user.agent.post('/api/v1/lineup-sets').set('X-CSRF-Token', user.csrf).send({ slateId: nfl, rules: { lineups: 10_001 } }).expect(400);
    h.openapi.assertResponse(res);
    expect(res.body.error.message).toMatch(/lineups/);
    expect(res.body.error.message).toMatch(/10000|10,000/);
    expect(await h.platform.db.lineupSet.count()).toBe(0);
  });
});
