/**
 * In a real browser against a platform running the optimizer role: build lineups from the rules form, watch the
 * set finish (htmx polling), see lineups and exposure, download the site upload file; upload a projection CSV and
 * read its row report; start a projections simulation on a platform running the sim engine.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startWebHarness, type WebHarness } from '../web/web-harness.js';
import { seedOptimizableSlate } from '../web/seed-slate.js';
import { hasChromium, launchBrowser, logIn, screenshot } from './browser.js';

let h: WebHarness;
let browser: Browser;
let slate: Awaited<ReturnType<typeof seedOptimizableSlate>>;

beforeAll(async () => {
  if (!hasChromium) return;
  h = await startWebHarness(['optimizer']);
  slate = await seedOptimizableSlate(h.t.db);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe.skipIf(!hasChromium)('optimizer and uploads in Chromium', () => {
  it('when the user builds lineups, then the set finishes in place with lineups, totals and exposure', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await logIn(page, h.baseUrl, h.user.email, PASSWORD);
    await page.goto(`${h.baseUrl}/slates/${slate.slateId}/optimize`);
    // The ruled-out player cannot be picked (the optimizer leaves them out); lock a QB, 5 lineups, QB+WR stack.
    expect(await page.locator(`input[aria-label="exclude ${slate.outPlayer}"]`).count()).toBe(0);
    await page.check('input[aria-label="lock SEA QB0 A"]');
    await page.fill('input[name=lineups]', '5');
    await page.fill('input[name=stack]', 'QB WR');
    await page.fill('input[name=maxExposure]', '80');
    await Promise.all([page.waitForURL(/lineupSet=\d+/), page.click('button:has-text("Build lineups")')]);
    // htmx polls the set until the optimizer worker finishes, then the page reloads with the result.
    await page.waitForSelector('#lineup-table tbody tr:nth-child(5)', { timeout: 120_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'debug-optimizer');
      const sets = await h.t.db.lineupSet.findMany();
      const { listJobs } = await import('../../src/core/jobs/job-admin.js');
      console.log(JSON.stringify(sets), JSON.stringify(await listJobs(h.platform.boss, {})));
      throw error;
    });
    const rows = await page.locator('#lineup-table tbody tr').count();
    expect(rows).toBe(5);
    const table = await page.textContent('#lineup-table');
    expect(table).toContain('SEA QB0 A');
    expect(table).not.toContain(slate.outPlayer);
    expect(await page.textContent('.lineups')).toContain('Player exposure');
    await screenshot(page, '06-optimizer-built');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("upload CSV")')]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('QB,RB,RB,WR,WR,WR,TE,FLEX,DST');
    expect(lines).toHaveLength(6);
    // DraftKings upload cells are "Name (id)"; the locked QB is in every lineup.
    expect(lines.slice(1).every((l) => l.startsWith('SEA QB0 A ('))).toBe(true);
    await context.close();
  });

  it('when the user uploads a projection CSV, then the row report shows inline', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(page, h.baseUrl, h.user.email, PASSWORD);
    await page.goto(`${h.baseUrl}/uploads`);
    await page.selectOption('select[name=slateId]', String(slate.slateId));
    await page.setInputFiles('input[name=file]', {
      name: 'my-projections.csv', mimeType: 'text/csv',
      buffer: Buffer.from('Name,Team,Pos,Proj\nSEA QB0 A,SEA,QB,24.5\nNobody Known,SEA,WR,9\nDAL RB1 A,DAL,RB,abc\n'),
    });
    await page.click('button:has-text("Upload")');
    await page.waitForSelector('#upload-report');
    const report = await page.textContent('#upload-report');
    expect(report).toContain('my-projections.csv');
    expect(report).toContain('Stored as a projection set.');
    const lines = await page.locator('#report-rows tbody tr td:first-child').allTextContents();
    expect(lines).toEqual(['3', '4']);
    // The uploads list refreshes itself after the upload (HX-Trigger).
    await page.waitForSelector('#uploads-list td:has-text("my-projections.csv")');
    await screenshot(page, '07-upload-report');
    // The new set is one click away in the player pool.
    await Promise.all([page.waitForURL(/\/slates\/\d+\?set=\d+/), page.click('text=Open the player pool with it')]);
    expect(await page.textContent('#pool-filters select[name=set]')).toContain('upload');
    await page.close();
  });
});

describe.skipIf(!hasChromium)('simulations in Chromium', () => {
  it('when the user starts a projections simulation, then the run appears, finishes, and its projection set (with raw draws) drives the pool', { timeout: 120_000 }, async () => {
    const sim = await startWebHarness(['sim-engine']);
    try {
      const seeded = await seedOptimizableSlate(sim.t.db);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(20_000);
      await logIn(page, sim.baseUrl, sim.user.email, PASSWORD);
      await page.goto(`${sim.baseUrl}/slates/${seeded.slateId}/simulations`);
      await page.fill('input[name=sims]', '2000');
      await Promise.all([page.waitForURL(/started=1/), page.click('button:has-text("Simulate projections")')]);
      expect(await page.textContent('main')).toContain('Simulation queued.');
      // The run row appears once a worker has created it; open it and let htmx poll until it is finished.
      await expect.poll(async () => sim.t.db.simulationRun.count({ where: { slateId: seeded.slateId } }), { timeout: 30_000 }).toBe(1);
      const run = await sim.t.db.simulationRun.findFirstOrThrow({ where: { slateId: seeded.slateId } });
      await page.goto(`${sim.baseUrl}/slates/${seeded.slateId}/simulations/${run.id}`);
      await page.waitForSelector('text=Open the player pool with these projections', { timeout: 60_000 });
      await screenshot(page, '10-simulation-result');
      await page.click('text=Open the player pool with these projections');
      await page.waitForSelector('#pool-table');
      expect(await page.textContent('#pool-filters select[name=set]')).toMatch(/simulation/);
      await page.click('#pool-table tbody tr:first-child td.name a');
      await page.waitForSelector('#detail svg.chart');
      expect(await page.textContent('#detail')).toContain('From the raw simulation draws.');
      await screenshot(page, '11-pool-simulated-draws');
      await page.close();
    } finally {
      await sim.stop();
    }
  });
});
