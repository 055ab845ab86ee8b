/**
 * The slate's Results tab: when a user uploads the real results CSV there, then the import report shows and, with a
 * simulated projection set on the slate, the grade summary, the coverage chart (diagonal drawn), the PIT histogram
 * and the projected-vs-actual scatter render; a lineup set of the user shows its actual score and rank in the
 * imported real contest; a file that holds no results is refused with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { importResultsFile } from '../../src/results/index.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';

const dir = join(import.meta.dirname, '../fixtures/results');
let h: WebHarness;
let slateId: number;

beforeAll(async () => {
  h = await startWebHarness();
  const file = 'nba_dk_2025-10-26_salaries.csv';
  slateId = (await importSalaryFile(h.t.db, readFileSync(join(dir, file)), { site: 'draftkings', fileName: file })).slateId;
}, 60_000);
afterAll(async () => {
  await h?.stop();
});

describe('Results tab', () => {
  it('before any results it says so; the tab is in the slate\'s navigation', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${slateId}/results`).expect(200);
    expect(page.text).toContain(`<a href="/slates/${slateId}/results" class="active">Results</a>`);
    expect(page.text).toContain('No results for this slate yet.');
  });

  it('an upload imports the results CSV and the page grades the simulated projection set with its charts', async () => {
    await runProjectionsInline(h.t.db, { slateId, sims: 500, seed: 3 });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const form = await agent.get(`/slates/${slateId}/results`).expect(200);
    const res = await agent.post(`/slates/${slateId}/results`).field('_csrf', csrfFrom(form.text))
      .attach('file', readFileSync(join(dir, 'nba_dk_2025-10-26_results.csv')), 'nba_dk_2025-10-26_results.csv').expect(200);
    expect(res.text).toContain('Imported results-csv: 243 players, 243 matched');
    expect(res.text).toMatch(/<table class="grid compact" id="grade-summary">[\s\S]*<td>all<\/td><td class="num">243<\/td><td class="num">154<\/td>/);
    expect(res.text).toContain('aria-label="Coverage: nominal vs observed"');
    expect(res.text).toContain('class="diagonal"');
    expect(res.text).toContain('aria-label="PIT histogram (flat when calibrated)"');
    expect(res.text).toContain('aria-label="Projected vs actual"');
  }, 60_000);

  it('a lineup set of the user shows its actual score and its rank in the imported contest', async () => {
    const db = h.t.db;
    await importResultsFile(db, readFileSync(join(dir, 'dk_contest_standings_nba_2025-10-26.csv')), { site: 'draftkings', slateId });
    const top = await db.contestStandingEntry.findFirstOrThrow({ where: { entryKey: '4920834023' } });
    await db.lineupSet.create({ data: { slateId, userId: h.user.id, status: 'done', requested: 1, rules: {},
      lineups: { create: [{ index: 0, salary: 50_000, projection: 300, players: { create: top.slatePlayerIds.map((id, slot) => ({ slot, slotName: `S${slot}`, slatePlayerId: id })) } }] } } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${slateId}/results`).expect(200);
    expect(page.text).toMatch(/id="lineup-grades">[\s\S]*409\.75[\s\S]*1 of 9,803/);
  });

  it('with the real standings imported, the contest check says to run a contest simulation, then puts its field beside the real one', async () => {
    const db = h.t.db;
    const agent = await signedIn(h.baseUrl, h.user.email);
    const before = await agent.get(`/slates/${slateId}/results`).expect(200);
    expect(before.text).toContain(`slate ${slateId} has no finished contest simulation to compare: run sportsdata contest first`);
    const spread = { p10: 360, p50: 395.5, p90: 430 };
    const sim = await db.simulationRun.create({ data: { kind: 'contest', slateId, userId: h.user.id, status: 'done', seed: 1n, sims: 1000, chunkCount: 1, chunksDone: 1, params: {}, finishedAt: new Date(),
      result: { field: { winningScore: spread, cashLine: spread, medianScore: 300, duplicateRate: 0.25, meanRoi: -0.15 }, ownership: [], lineups: [] } } });
    const page = await agent.get(`/slates/${slateId}/results`).expect(200);
    expect(page.text).toContain(`Contest simulation #${sim.id} against the real contest`);
    // Real: top 409.75, median 314.5 of the 9,803 entries (test/fixtures/results/SOURCES.md).
    expect(page.text).toMatch(/id="contest-check">[\s\S]*Winning score<\/td><td class="num">395\.50<\/td><td class="num">409\.75<\/td>\s*<td class="num">-14\.25 \(-3\.5%\)/);
    expect(page.text).toMatch(/Median score<\/td><td class="num">300\.00<\/td><td class="num">314\.50<\/td>/);
    expect(page.text).toMatch(/Duplicate rate<\/td><td class="num">25\.0%<\/td><td class="num">23\.\d%<\/td>/);
  });

  it('a file with no results is refused with its reason', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const form = await agent.get(`/slates/${slateId}/results`).expect(200);
    const res = await agent.post(`/slates/${slateId}/results`).field('_csrf', csrfFrom(form.text))
      .attach('file', readFileSync(join(dir, 'nba_dk_contest_lines.csv')), 'nba_dk_contest_lines.csv').expect(400);
    expect(res.text).toContain('no FPTS column');
  });
});
