/** The Entries tab: upload the entries file, set a payout by hand, build a portfolio (real optimizer worker), download the filled file. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { waitFor } from '../support/wait-for.js';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';

const fixture = (name: string): string => new URL(`../fixtures/optimizer/${name}`, import.meta.url).pathname;

let h: WebHarness;
let dk: FixtureServer;
let slateId: number;

beforeAll(async () => {
  dk = await startFixtureServer();
  h = await startWebHarness(['optimizer'], { DRAFTKINGS_API_URL: dk.url });
  ({ slateId } = await importSalaryFile(h.t.db, readFileSync(fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv')), { site: 'draftkings', fileName: 'DKSalaries.csv' }));
}, 120_000);
afterAll(async () => {
  await h?.stop();
  await dk?.close();
});

describe('the Entries tab', () => {
  it('when a user uploads entries, types the payouts and builds a portfolio, then the page shows the portfolio beside the projection-rank set and the download is the filled file', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const empty = await agent.get(`/slates/${slateId}/entries`).expect(200);
    expect(empty.text).toContain('No entries on this slate yet');
    await agent.post(`/slates/${slateId}/entries`).field('_csrf', csrfFrom(empty.text))
      .attach('file', readFileSync(fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv')), 'DKEntries.csv').expect(303);
    const page = await agent.get(`/slates/${slateId}/entries`).expect(200);
    expect(page.text).toContain('field and payout not set');
    const contests = await h.t.db.contest.findMany({ where: { userId: h.user.id } });
    expect(contests).toHaveLength(2);

    // A payout line that pays past the field is named, not stored.
    const bad = await agent.post(`/slates/${slateId}/contests/${contests[0]!.id}/payout`).type('form')
      .send({ _csrf: csrfFrom(page.text), fieldSize: '50', payout: '1 100\n2-80 2' }).expect(400);
    expect(bad.text).toContain('payout line 2');
    for (const c of contests) {
      await agent.post(`/slates/${slateId}/contests/${c.id}/payout`).type('form').send({ _csrf: csrfFrom(page.text), fieldSize: '400', payout: '1 40\n2-60 0.75' }).expect(303);
    }
    await agent.post(`/slates/${slateId}/portfolio`).type('form').send({ _csrf: csrfFrom(page.text), pool: '50', precision: '8', sims: '300', maxExposure: '90' }).expect(303);
    const shown = await waitFor(async () => {
      const res = await agent.get(`/slates/${slateId}/entries`).expect(200);
      if (res.text.includes('failed')) throw new Error(res.text.slice(res.text.indexOf('alert error'), res.text.indexOf('alert error') + 300));
      return res.text.includes('Latest portfolio') ? res.text : undefined;
    }, { timeoutMs: 240_000, intervalMs: 500 });
    expect(shown).toContain('ROI by projection');
    const file = await agent.get(`/slates/${slateId}/entries/export`).expect(200);
    expect(file.headers['content-disposition']).toContain('DKEntries-slate-');
    expect(file.text.trim().split('\n').slice(1).every((l) => /\(\d+\)$/.test(l))).toBe(true);
    // Another user sees no entries of hers.
    const other = await signedIn(h.baseUrl, h.admin.email);
    expect((await other.get(`/slates/${slateId}/entries`).expect(200)).text).toContain('No entries on this slate yet');
  });
});
