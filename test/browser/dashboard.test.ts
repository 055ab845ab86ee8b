/**
 * In a real browser: sign in, work the player pool (htmx sort and detail panel), see lineups, retry a failed job
 * as an admin. Screenshots of the main pages land in test-artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJob } from '../../src/core/jobs/job-admin.js';
import { PASSWORD, startWebHarness, type WebHarness } from '../web/web-harness.js';
import { seedLineupSet, seedSlate, type SeededSlate } from '../web/seed-slate.js';
import { hasChromium, launchBrowser, logIn, screenshot } from './browser.js';

let h: WebHarness;
let browser: Browser;
let seeded: SeededSlate;

beforeAll(async () => {
  if (!hasChromium) return;
  h = await startWebHarness();
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  await seedLineupSet(h.t.db, seeded, h.user.id);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

/** Console errors the Content-Security-Policy raised (an inline style htmx injected, an eval): must stay empty. */
const cspViolations: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  it('when a user signs in, then the slates list shows, and the pool sorts and opens a player in place', async () => {
    const page = await newPage();
    await page.goto(`${h.baseUrl}/slates/${seeded.slateId}`);
    expect(page.url()).toContain('/login?next=');
    await screenshot(page, '01-login');
    await logIn(page, h.baseUrl, h.user.email, PASSWORD);
    expect(await page.textContent('main')).toContain('Main (Sun)');
    await screenshot(page, '02-slates');

    await page.click('text=Main (Sun)');
    await page.waitForSelector('#pool-table');
    // Sort by salary ascending through htmx: the table is swapped, the URL follows.
    await page.click('#pool-table th >> text=Salary');
    await page.waitForSelector('#pool-table th.sorted.asc');
    expect(page.url()).toContain('sort=salary&dir=asc');
    const first = await page.textContent('#pool-table tbody tr:first-child td.name a');
    expect(first?.trim()).toBe('Ravens');

    await page.click('#pool-table >> text=Patrick Mahomes');
    await page.waitForSelector('#detail svg.chart');
    expect(await page.textContent('#detail')).toContain('KC@BAL line movement');
    await screenshot(page, '03-slate-pool-detail');

    // Filter by position without reloading the page; the salary sort chosen in the header stays.
    await page.selectOption('#pool-filters select[name=pos]', 'QB');
    await page.locator('#pool-count', { hasText: /^3$/ }).waitFor();
    expect(await page.locator('#pool-table tbody td.name a').allTextContents()).toEqual(['Patrick Mahomes', 'Lamar Jackson', 'Josh Allen']);
    expect(page.url()).toContain('pos=QB');
    expect(page.url()).toContain('sort=salary&dir=asc');
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('when JavaScript is off, then login, sorting, filtering and the player detail still work as plain pages', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await logIn(page, h.baseUrl, h.user.email, PASSWORD);
    await page.goto(`${h.baseUrl}/slates/${seeded.slateId}`);
    await Promise.all([page.waitForURL(/sort=projection/), page.click('#pool-table th >> text=Proj')]);
    expect((await page.textContent('#pool-table tbody tr:first-child td.name a'))?.trim()).toBe('Josh Allen');
    await page.selectOption('#pool-filters select[name=pos]', 'RB');
    await Promise.all([page.waitForURL(/pos=RB/), page.click('#pool-filters button:has-text("Apply")')]);
    expect(await page.locator('#pool-table tbody tr').count()).toBe(2);
    await Promise.all([page.waitForURL(/\/players\//), page.click('#pool-table >> text=Derrick Henry')]);
    expect(await page.textContent('main')).toContain('Simulated distribution');
    expect(await page.locator('svg.chart').count()).toBe(2);
    await context.close();
  });

  it('when the user opens the optimizer, then lineups, exposure and the swap warning show', async () => {
    const page = await newPage();
    await logIn(page, h.baseUrl, h.user.email, PASSWORD);
    await page.goto(`${h.baseUrl}/slates/${seeded.slateId}/optimize`);
    await page.waitForSelector('#lineup-table');
    expect(await page.textContent('.lineups')).toContain('holds a player who was ruled out');
    await screenshot(page, '04-optimizer');
    await page.goto(`${h.baseUrl}/slates/${seeded.slateId}/simulations`);
    expect(await page.textContent('main')).toContain('No simulations for this slate yet.');
    await screenshot(page, '08-simulations');
    await page.goto(`${h.baseUrl}/uploads`);
    expect(await page.textContent('main')).toContain('No uploads yet.');
    await screenshot(page, '09-uploads');
    await page.context().close();
  });

  it('when an admin retries a failed job, then the row is swapped to its new state', async () => {
    await h.platform.boss.createQueue('browser-test.flaky');
    const id = await h.platform.boss.send('browser-test.flaky', { file: 'dk-salaries.csv' }, { retryLimit: 0 });
    await h.platform.boss.fetch('browser-test.flaky');
    await h.platform.boss.fail('browser-test.flaky', id as string, { message: 'DraftKings answered HTTP 503' });
    await h.t.db.providerStatus.createMany({ data: [
      { provider: 'draftkings', lastSuccessAt: new Date(Date.now() - 600_000), lastErrorAt: new Date(Date.now() - 60_000), lastError: 'HTTP 503 from https://api.draftkings.com/draftgroups/v1/' },
      { provider: 'nws', lastSuccessAt: new Date(Date.now() - 300_000) },
    ] });

    const page = await newPage();
    await logIn(page, h.baseUrl, h.admin.email, PASSWORD);
    await page.goto(`${h.baseUrl}/admin/jobs`);
    expect(await page.textContent('#failed-jobs')).toContain('DraftKings answered HTTP 503');
    await screenshot(page, '05-admin-jobs');
    await page.click(`#failed-jobs #job-${id} button:has-text("Retry")`);
    await page.waitForSelector(`#failed-jobs #job-${id} .flash`);
    expect(await page.textContent(`#failed-jobs #job-${id}`)).toContain('retried');
    expect(['created', 'retry']).toContain((await getJob(h.platform.boss, id as string)).state);
    // The same job in the "recent jobs" table still shows its old Retry button: a second retry is refused and the
    // reason appears in the flash area instead of replacing the row.
    await page.click(`#jobs #job-${id} button:has-text("Retry")`);
    await page.waitForSelector('#flash .alert.error');
    expect(await page.textContent('#flash')).toContain('only failed or cancelled jobs can be retried');
    expect(await page.locator(`#jobs #job-${id}`).count()).toBe(1);
    await screenshot(page, '05b-admin-jobs-after-retry');
    await page.context().close();
  });

  it('when a user creates an API token, then it shows once; revoking it asks first and swaps the row in place', async () => {
    const page = await newPage();
    await logIn(page, h.baseUrl, h.user.email, PASSWORD);
    await page.click('nav >> text=API tokens');
    await page.fill('input[name=name]', 'browser-script');
    await Promise.all([page.waitForURL(`${h.baseUrl}/tokens`), page.click('button:has-text("Create token")')]);
    const token = (await page.textContent('#new-token'))?.trim() ?? '';
    expect(token).toMatch(/^sd_/);
    await screenshot(page, '06-api-tokens');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('button[aria-label="revoke browser-script"]');
    await page.waitForSelector('tr.revoked >> text=browser-script');
    expect(await page.textContent('tr.revoked')).toContain('revoked');
    // A fresh GET (a reload would resubmit the create form) lists the token without showing it.
    await page.goto(`${h.baseUrl}/tokens`);
    expect(await page.textContent('tr.revoked')).toContain('browser-script');
    expect(await page.content()).not.toContain(token);
    await page.context().close();
  });
});
