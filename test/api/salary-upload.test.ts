/** Salary file uploads through the API go through the DFS importer and keep an audit row either way. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { fixture } from './import-fixture-slate.js';
import { signUp, startApiHarness, tokenUser, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let user: SignedIn;
const DK = 'dk_nfl_classic_2025-11-16_DKSalaries.csv';
const FD = 'fd_nfl_classic_2025-12-21_FanDuel-NFL-2025_EST-12_EST-21_EST-124417-players-list.csv';

beforeAll(async () => {
  h = await startApiHarness();
  user = await signUp(h);
});
afterAll(async () => {
  await h?.stop();
});

describe('salary upload', () => {
  it('when a DKSalaries.csv is uploaded, then a shared slate is imported; uploading it again updates the same slate', async () => {
    const first = await user.agent.post('/api/v1/slates').set('X-CSRF-Token', user.csrf).field('site', 'draftkings').attach('file', fixture(DK), DK).expect(201);
    h.openapi.assertResponse(first);
    expect(first.body.import).toMatchObject({ created: true, sport: 'NFL', gameType: 'classic', players: 556 });
    expect(first.headers.location).toBe(`/api/v1/slates/${first.body.import.slateId}`);
    const { auth } = await tokenUser(h);
    const again = await request(h.baseUrl).post('/api/v1/slates?site=draftkings&fileName=DKSalaries.csv').set('Authorization', auth)
      .set('Content-Type', 'text/csv').send(fixture(DK)).expect(201);
    expect(again.body.import).toMatchObject({ created: false, slateId: first.body.import.slateId, unchanged: 556 });
    const upload = await h.platform.db.upload.findUniqueOrThrow({ where: { id: first.body.uploadId } });
    expect(upload).toMatchObject({ kind: 'salaries', status: 'stored', slateId: first.body.import.slateId });
    const list = await user.agent.get('/api/v1/uploads').expect(200);
    h.openapi.assertResponse(list);
    expect(list.body.items.map((u: { id: number }) => u.id)).toEqual([first.body.uploadId]);
  });

  it('when a FanDuel list is uploaded as DraftKings, then 422 names the problem and the rejected upload is kept', async () => {
    const res = await user.agent.post('/api/v1/slates').set('X-CSRF-Token', user.csrf).field('site', 'draftkings').attach('file', fixture(FD), FD).expect(422);
    h.openapi.assertResponse(res);
    expect(res.body.error.message).toMatch(/FanDuel/);
    const upload = await h.platform.db.upload.findUniqueOrThrow({ where: { id: res.body.error.details.uploadId } });
    expect(upload.status).toBe('rejected');
    const detail = await user.agent.get(`/api/v1/uploads/${upload.id}`).expect(200);
    h.openapi.assertResponse(detail);
  });

  it('when the site is missing or the body is JSON, then 400 / 415', async () => {
    const missing = await user.agent.post('/api/v1/slates').set('X-CSRF-Token', user.csrf).attach('file', fixture(DK), DK).expect(400);
    h.openapi.assertResponse(missing);
    const json = await user.agent.post('/api/v1/slates').set('X-CSRF-Token', user.csrf).send({ site: 'draftkings' }).expect(415);
    h.openapi.assertResponse(json);
  });
});
