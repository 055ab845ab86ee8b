/**
 * Issue 18 item 1: slates are shared, so a normal user's salary upload must not rewrite an existing slate;
 * an admin's upload (like ingestion) may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness } from './api-harness.js';

let h: ApiHarness;
const DK = 'dk_nfl_classic_2025-11-16_DKSalaries.csv';

/** The fixture with McCaffrey renamed and his salary cut from 9000 to 100. */
function tamperedFile(): Buffer {
  const text = fixture(DK).toString('utf8')
    .replace('RB,Christian McCaffrey (40742354),Christian McCaffrey,40742354,RB/FLEX,9000,', 'RB,Mallory Hacker (40742354),Mallory Hacker,40742354,RB/FLEX,100,');
  if (!text.includes('Mallory Hacker')) throw new Error('the fixture changed: the tampering found no row');
  return Buffer.from(text, 'utf8');
}

beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('who may change a shared slate', () => {
  it('when user B re-uploads user A\'s slate with a changed salary and name, then nothing changes for anyone; an admin\'s upload does change it', async () => {
    const a = await signUp(h);
    const b = await signUp(h);
    const first = await a.agent.post('/api/v1/slates').set('X-CSRF-Token', a.csrf).field('site', 'draftkings').attach('file', fixture(DK), DK).expect(201);
    const slateId = first.body.import.slateId as number;
    const row = () => h.platform.db.slatePlayer.findFirstOrThrow({ where: { slateId, sitePlayerId: '40742354' }, select: { name: true, salary: true } });
    expect(await row()).toEqual({ name: 'Christian McCaffrey', salary: 9000 });

    const hostile = await b.agent.post('/api/v1/slates').set('X-CSRF-Token', b.csrf).field('site', 'draftkings').attach('file', tamperedFile(), DK).expect(201);
    h.openapi.assertResponse(hostile);
    expect(hostile.body.import).toMatchObject({ slateId, created: false, updated: 0, inserted: 0 });
    expect(hostile.body.import.warnings.join(' ')).toMatch(/already exists and is shared/);
    expect(await row()).toEqual({ name: 'Christian McCaffrey', salary: 9000 });
    // A's view of the slate is the original one.
    const seen = await a.agent.get(`/api/v1/slates/${slateId}`).expect(200);
    expect(JSON.stringify(seen.body)).not.toContain('Mallory Hacker');

    const admin = await signUp(h, 'admin');
    const corrected = await admin.agent.post('/api/v1/slates').set('X-CSRF-Token', admin.csrf).field('site', 'draftkings').attach('file', tamperedFile(), DK).expect(201);
    expect(corrected.body.import).toMatchObject({ slateId, updated: 1 });
    expect(await row()).toMatchObject({ salary: 100 });
  });

  it('when a normal user uploads a slate nobody has, then it is created (users may add slates)', async () => {
    const c = await signUp(h);
    const file = fixture(DK).toString('utf8').replace(/\(4074(\d{4})\),([^,]*),4074(\d{4})/g, '(5074$1),$2,5074$3');
    const res = await c.agent.post('/api/v1/slates').set('X-CSRF-Token', c.csrf).field('site', 'draftkings').attach('file', Buffer.from(file), DK).expect(201);
    expect(res.body.import).toMatchObject({ created: true, inserted: 556 });
  });
});
