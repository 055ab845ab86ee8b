/**
 * Issue 17's walk, in Chromium at 1400 px, from a fresh start: create the first admin in the browser, open the demo
 * slate (projections, lines, weather, injuries), start a simulation and watch it appear and progress without a
 * reload, build lineups with a searched lock, an exposure cap and a stack, read the lineup ownership sum, export
 * the upload CSV, upload projections for the (past) demo slate, edit a projection inline (a user edit set) and read
 * the leverage column, open the demo's Results tab, and grade a past NBA slate with real results (salaries imported,
 * simulated and its results uploaded in the browser). Every page is checked for horizontal overflow of the page and
 * of its tables and saved as a screenshot in test-artifacts/walk-*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../../src/app/platform.js';
import { createLogger } from '../../src/core/logger.js';
import { seedDemoSlate } from '../../src/demo-slate.js';
import { pctOfFraction } from '../../src/web/view-helpers.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { ARTIFACTS_DIR, hasChromium, launchBrowser } from './browser.js';

const WIDTH = 1400;
let t: TestDb;
let platform: Platform;
let browser: Browser;
let baseUrl: string;
let slateId: number;

beforeAll(async () => {
  if (!hasChromium) return;
  t = await createTestDb();
  platform = await startPlatform({ config: testConfig(t.url), roles: ['frontend', 'sim-engine', 'optimizer'], logger: createLogger('silent') });
  baseUrl = `http://127.0.0.1:${platform.port}`;
  await seedDemoSlate(platform.db, createLogger('silent'), platform.send);
  slateId = (await t.db.slate.findFirstOrThrow()).id;
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await t?.drop();
});

/** No page scrolls sideways at 1400 px, and no table scrolls sideways inside its panel. */
async function expectFits(page: Page, name: string): Promise<void> {
  // The top of the page at the viewport's size (a 556-row pool as one full-page image is unreadable).
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `walk-${name}.png`), fullPage: false });
  // A string, run in the page: the test's TypeScript has no DOM types.
  const overflow = await page.evaluate<string[]>(`(() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push('page ' + root.scrollWidth + 'px wide');
    for (const wrap of document.querySelectorAll('.table-wrap')) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) problems.push((wrap.querySelector('table')?.id || wrap.className) + ' ' + wrap.scrollWidth + '>' + wrap.clientWidth);
    }
    for (const table of document.querySelectorAll('main table')) {
      const box = table.getBoundingClientRect();
      if (box.right > root.clientWidth + 1) problems.push('table ' + (table.id || table.className) + ' ends at ' + Math.round(box.right) + 'px');
    }
    return problems;
  })()`);
  expect(overflow, name).toEqual([]);
}

describe.skipIf(!hasChromium)('a fresh start, walked in Chromium', () => {
  it('when a newcomer opens the platform, then first admin → demo → simulation → optimizer → export → upload all work', { timeout: 600_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);

    // First run: the way in is the first-admin form.
    await page.goto(`${baseUrl}/`);
    expect(page.url()).toBe(`${baseUrl}/setup`);
    await page.fill('input[name=email]', 'me@example.com');
    await page.fill('input[name=password]', 'a long first password');
    await page.fill('input[name=confirm]', 'a long first password');
    await expectFits(page, '01-first-admin');
    await Promise.all([page.waitForURL(`${baseUrl}/`), page.click('button[type=submit]')]);
    expect(await page.textContent('header')).toContain('me@example.com');
    await expectFits(page, '02-slates');

    // The demo slate: projections, lines, weather and injuries are all there before anyone ran anything.
    await page.click('text=Demo · NFL main, week 11 2025');
    await page.waitForSelector('#pool-table');
    const games = await page.textContent('ul.games');
    expect(games).toMatch(/O\/U \d\d\.\d/);
    expect(games).not.toContain('no line yet');
    expect(await page.locator('ul.games .chip').count()).toBeGreaterThan(0);
    expect(await page.locator('#pool-table .badge').count()).toBeGreaterThan(0);
    const firstProj = await page.textContent('#pool-table tbody tr:first-child');
    expect(firstProj).toMatch(/\d+\.\d/);
    await expectFits(page, '03-demo-pool');

    // A simulation submitted from the form shows up under Runs and finishes without a reload.
    await page.click('nav.tabs >> text=Simulations');
    await page.fill('input[name=sims]', '500');
    await Promise.all([page.waitForURL(/started=1/), page.click('button:has-text("Simulate projections")')]);
    await page.evaluate('window.marker = 17');
    await page.locator('#sim-runs tbody tr').nth(1).waitFor();
    await page.locator('#sim-runs tbody tr:first-child .state.done').waitFor({ timeout: 240_000 });
    expect(await page.evaluate('window.marker')).toBe(17);
    await expectFits(page, '04-simulations');

    // The optimizer: find a player by name, lock him, cap exposure, stack QB + WR/TE.
    await page.click('nav.tabs >> text=Optimizer');
    await page.fill('#pick-search', 'josh allen');
    await page.locator('#pick-count', { hasText: /^1 of \d+ players$/ }).waitFor();
    await page.check('input[aria-label="lock Josh Allen"]');
    await page.fill('#pick-search', '');
    await page.selectOption('#pick-pos', 'WR');
    await page.fill('input[name=lineups]', '3');
    await page.fill('input[name=maxExposure]', '70');
    await page.fill('input[name=stack]', 'QB WR/TE');
    await expectFits(page, '05-optimizer-rules');
    await Promise.all([page.waitForURL(/lineupSet=\d+/), page.click('button:has-text("Build lineups")')]);
    const setId = Number(/lineupSet=(\d+)/.exec(page.url())![1]);
    await page.locator('#lineup-table').waitFor({ timeout: 420_000 });
    await page.locator(`#lineup-set-${setId} .state.done`).waitFor({ timeout: 420_000 });
    const lineups = await t.db.lineup.findMany({ where: { lineupSetId: setId }, orderBy: { index: 'asc' }, include: { players: { include: { slatePlayer: true } } } });
    expect(lineups.length).toBe(3);
    for (const l of lineups) expect(l.players.map((p) => p.slatePlayer.name)).toContain('Josh Allen');
    // Own Σ: the players' ownership fractions added up, shown as a percentage.
    const ownCell = (await page.textContent('#lineup-table tbody tr:first-child td:last-child'))?.trim();
    expect(ownCell).toBe(pctOfFraction(lineups[0]!.ownership));
    expect(await page.textContent('.rules-used')).toContain('Locked: Josh Allen');
    await page.locator('#lineups').scrollIntoViewIfNeeded();
    await expectFits(page, '06-lineups');

    // Export: the DraftKings upload file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download DraftKings upload CSV")')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^QB,RB,RB,WR,WR,WR,TE,FLEX,DST/);

    // Uploads: the demo slate is in the past, and still takes a projections upload.
    const dir = mkdtempSync(join(tmpdir(), 'walk-'));
    const file = join(dir, 'my-projections.csv');
    writeFileSync(file, 'Name,Team,Proj\nJosh Allen,BUF,26.5\nChristian McCaffrey,SF,24.1\nNobody Known,XXX,3\n');
    await page.click('header >> text=Uploads');
    await page.selectOption('select[name=slateId]', String(slateId));
    await page.setInputFiles('input[name=file]', file);
    await page.click('button:has-text("Upload")');
    await page.locator('#upload-result', { hasText: /Nobody Known/ }).waitFor();
    await expectFits(page, '07-uploads');

    // Inline projection edit: Josh Allen's Proj cell opens a form; saving shows the user's edited copy of the set.
    // Leverage is there too, measured on the lineup set just built (the column's tooltip names it).
    const builtFrom = (await t.db.lineupSet.findUniqueOrThrow({ where: { id: setId } })).projectionSetId!;
    await page.goto(`${baseUrl}/slates/${slateId}?set=${builtFrom}&q=josh+allen`);
    const levTitle = await page.getAttribute('#pool-table th:has-text("Lev")', 'title');
    expect(levTitle).toContain(`lineup set #${setId}`);
    const allenLev = (await page.textContent('#pool-table tbody tr:first-child td.lev'))?.trim();
    expect(allenLev).toMatch(/^\+\d+$/);
    await page.click('a[aria-label="edit projection of Josh Allen"]');
    await page.locator('form.proj-edit input[name=mean]').waitFor();
    await expectFits(page, '08-pool-edit-form');
    await page.fill('form.proj-edit input[name=mean]', '31.5');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('set') !== String(builtFrom)), page.click('form.proj-edit button')]);
    expect(await page.textContent('a[aria-label="edit projection of Josh Allen"]')).toBe('31.5');
    expect(await page.textContent('select[name=set] option:checked')).toContain('· edited');
    await expectFits(page, '09-pool-edited');

    // Results tab of the demo slate: no real results of that week exist in the fixtures, and the page says so.
    await page.click('nav.tabs >> text=Results');
    await page.locator('text=No results for this slate yet.').waitFor();
    await expectFits(page, '10-demo-results');

    // Results with a grade, on a past slate with real results: import its salaries from /uploads, simulate it, then
    // upload its results on its Results tab.
    const resultsDir = join(import.meta.dirname, '..', 'fixtures', 'results');
    await page.click('header >> text=Uploads');
    await page.selectOption('form[action="/uploads/salaries"] select[name=site]', 'draftkings');
    await page.setInputFiles('form[action="/uploads/salaries"] input[name=file]', join(resultsDir, 'nba_dk_2025-10-26_salaries.csv'));
    await Promise.all([page.waitForURL(/imported=\d+/), page.click('button:has-text("Import slate")')]);
    const nbaSlateId = Number(/slates\/(\d+)/.exec(page.url())![1]);
    await page.click('nav.tabs >> text=Simulations');
    await page.fill('input[name=sims]', '200');
    await Promise.all([page.waitForURL(/started=1/), page.click('button:has-text("Simulate projections")')]);
    await page.locator('#sim-runs tbody tr:first-child .state.done').waitFor({ timeout: 240_000 });
    await page.click('nav.tabs >> text=Results');
    await page.setInputFiles('input[name=file]', join(resultsDir, 'nba_dk_2025-10-26_results.csv'));
    await page.click('button:has-text("Import")');
    await page.locator('#import-report').waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(`${baseUrl}/slates/${nbaSlateId}/results`);
    expect(await page.textContent('#import-report')).toMatch(/243 players, 243 matched/);
    expect(await page.locator('#grade-summary tbody tr').count()).toBe(2);
    expect(await page.locator('svg[aria-label="Coverage: nominal vs observed"]').count()).toBe(1);
    await expectFits(page, '11-results-graded');

    // The run page and the jobs page fit too.
    const run = await t.db.simulationRun.findFirstOrThrow({ where: { slateId }, orderBy: { id: 'asc' } });
    await page.goto(`${baseUrl}/slates/${slateId}/simulations/${run.id}`);
    expect(await page.textContent('main')).toContain('Highest projections');
    await expectFits(page, '12-run-summary');
    await page.goto(`${baseUrl}/admin/jobs`);
    await expectFits(page, '13-jobs');
    await page.goto(`${baseUrl}/nowhere`);
    expect(await page.textContent('h1')).toContain('404');
    await context.close();
  });
});
