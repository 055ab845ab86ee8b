/**
 * The dashboard bugs of issue 17, each asserted through real HTTP on the real app: past slates in the upload form,
 * a submitted simulation listed (and polling) before any worker takes it, lineup ownership sums, the job page after
 * a retry, HTML 404s, the favicon, slate titles, date order with TBD slates, and the run summary.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedLineupSet, seedSlate, type SeededSlate } from './seed-slate.js';
import { createGame, createSlate } from '../factories.js';

let h: WebHarness;
let seeded: SeededSlate;
let lineupSetId: number;
const daysAgo = (d: number): Date => new Date(Date.now() - d * 86_400_000);

beforeAll(async () => {
  h = await startWebHarness();
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  lineupSetId = await seedLineupSet(h.t.db, seeded, h.user.id);
});
afterAll(async () => {
  await h?.stop();
});

describe('dashboard bugs', () => {
  it('when a slate started days ago, then the upload form still offers it (after the upcoming ones)', async () => {
    const past = await createSlate(h.t.db, { firstStartsAt: daysAgo(3) });
    await h.t.db.slate.update({ where: { id: past.id }, data: { name: 'NFL classic 2025-11-16 (14 games)' } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/uploads').expect(200);
    const options = [...page.text.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(options).toContain(past.id);
    expect(options.indexOf(seeded.slateId)).toBeLessThan(options.indexOf(past.id));
    expect(page.text).toContain('Classic 2025-11-16 (14 games)');
  });

  it('when a simulation is submitted and no worker has taken it, then the Runs list shows it queued and keeps polling', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const before = await agent.get(`/slates/${seeded.slateId}/simulations`).expect(200);
    expect(before.text).not.toContain('hx-get="/slates/' + seeded.slateId + '/simulations/runs"');
    await agent.post(`/slates/${seeded.slateId}/simulations`).type('form').send({ _csrf: csrfFrom(before.text), sims: '1000' }).expect(303);
    const runs = await agent.get(`/slates/${seeded.slateId}/simulations/runs`).set('HX-Request', 'true').expect(200);
    expect(runs.text).toMatch(/^\s*<section class="grow" id="sim-runs" hx-get="\/slates\/\d+\/simulations\/runs" hx-trigger="every 2s"/);
    expect(runs.text).toContain('queued');
    expect(runs.text).toContain('1,000');
    // The worker takes it: the run row replaces the queued one, still polling while it works.
    const [job] = await h.platform.boss.fetch('sim-engine.run-projections');
    expect(job).toBeDefined();
    await h.t.db.simulationRun.create({ data: { kind: 'projections', slateId: seeded.slateId, userId: h.user.id, status: 'running', seed: 1n, sims: 1000, chunkCount: 4, chunksDone: 1, params: { jobId: job!.id }, startedAt: new Date() } });
    const working = await agent.get(`/slates/${seeded.slateId}/simulations/runs`).set('HX-Request', 'true').expect(200);
    expect(working.text).not.toContain('waiting for a sim-engine worker');
    expect(working.text).toContain('1/4 chunks');
    expect(working.text).toContain('hx-trigger="every 2s"');
    await h.t.db.simulationRun.updateMany({ where: { slateId: seeded.slateId }, data: { status: 'done', chunksDone: 4, finishedAt: new Date() } });
    const done = await agent.get(`/slates/${seeded.slateId}/simulations/runs`).set('HX-Request', 'true').expect(200);
    expect(done.text).not.toContain('hx-trigger');
  });

  it('when a lineup\'s players add up to 211% ownership, then the Own column says 211.0%, not 2.1%', async () => {
    await h.t.db.lineup.updateMany({ where: { lineupSetId, index: 1 }, data: { ownership: 2.11 } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/slates/${seeded.slateId}/optimize/${lineupSetId}/lineups`).set('HX-Request', 'true').expect(200);
    expect(res.text).toContain('211.0%');
    expect(res.text).not.toMatch(/>2\.1%</);
  });

  it('when an admin retries a failed job from its own page, then that page reloads and no longer says failed', async () => {
    const queue = 'web-test.bugs-retry';
    await h.platform.boss.createQueue(queue);
    const id = (await h.platform.boss.send(queue, { n: 1 }, { retryLimit: 0 }))!;
    await h.platform.boss.fetch(queue);
    await h.platform.boss.fail(queue, id, { message: 'boom' });
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const page = await agent.get(`/admin/jobs/${id}`).expect(200);
    expect(page.text).toMatch(/<span class="state failed">failed<\/span>/);
    expect(page.text).not.toContain(`hx-post="/admin/jobs/${id}/retry"`);
    const res = await agent.post(`/admin/jobs/${id}/retry`).type('form').send({ _csrf: csrfFrom(page.text), back: 'job' }).expect(303);
    expect(res.headers.location).toBe(`/admin/jobs/${id}?done=retried`);
    const after = await agent.get(res.headers.location as string).expect(200);
    expect(after.text).not.toMatch(/<h1>[^<]*<span class="state failed">/);
    expect(after.text).toContain('Job retried.');
  });

  it('when a dashboard URL does not exist, then an HTML 404 page answers; the API keeps its JSON 404', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/no-such-page').expect(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('404 · Not found');
    const api = await request(h.baseUrl).get('/api/v1/nothing-here').expect(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });

  it('when the browser asks for /favicon.ico, then it gets an icon', async () => {
    const res = await request(h.baseUrl).get('/favicon.ico').expect(200);
    expect(res.headers['content-type']).toMatch(/icon/);
    expect(res.body.length).toBeGreaterThan(50);
  });

  it('when slates are listed, then names do not repeat the sport, a TBD slate sits at its day, and TBD games say TBD', async () => {
    const older = await createSlate(h.t.db, { firstStartsAt: daysAgo(10) });
    const newer = await createSlate(h.t.db, { firstStartsAt: daysAgo(2) });
    // A FanDuel list gives only the day: games at a placeholder time, the slate without a first start.
    const tbdGame = await createGame(h.t.db, { home: 'NYG', away: 'GB', startsAt: daysAgo(5) });
    await h.t.db.game.update({ where: { id: tbdGame.id }, data: { startTimeTbd: true } });
    const tbd = await createSlate(h.t.db, { site: 'fanduel' });
    await h.t.db.slate.update({ where: { id: tbd.id }, data: { firstStartsAt: null, name: 'NFL classic TBD day' } });
    await h.t.db.slateGame.create({ data: { slateId: tbd.id, gameId: tbdGame.id } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const list = await agent.get('/').expect(200);
    const order = [...list.text.matchAll(/<a href="\/slates\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(order.indexOf(newer.id)).toBeLessThan(order.indexOf(tbd.id));
    expect(order.indexOf(tbd.id)).toBeLessThan(order.indexOf(older.id));
    expect(list.text).not.toContain('NFL classic TBD day');
    expect(list.text).toContain('Classic TBD day');
    const slate = await agent.get(`/slates/${tbd.id}`).expect(200);
    expect(slate.text).toMatch(/first game \w{3} \d\d\/\d\d TBD/);
    expect(slate.text).toMatch(/GB@NYG<\/strong><\/a>\s*<span class="muted small">\w{3} \d\d\/\d\d TBD<\/span>/);
  });

  it('when a projections run is done, then its page summarises it with the top players instead of raw keys', async () => {
    const run = await h.t.db.simulationRun.create({
      data: {
        kind: 'projections', slateId: seeded.slateId, userId: h.user.id, status: 'done', seed: 7n, sims: 10_000, chunkCount: 1, chunksDone: 1,
        params: {}, startedAt: new Date(Date.now() - 12_000), finishedAt: new Date(),
        result: { projectionSetId: seeded.projectionSetId, players: 10, rows: 10, adjusted: 3, warnings: ['no odds for MIA@BUF'] },
      },
    });
    await h.t.db.projectionSet.update({ where: { id: seeded.projectionSetId }, data: { simulationRunId: run.id } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/simulations/${run.id}`).expect(200);
    expect(page.text).toContain('Simulated <strong>10 players</strong>');
    expect(page.text).toContain('no odds for MIA@BUF');
    expect(page.text).toContain('Highest projections');
    expect(page.text.indexOf('Josh Allen')).toBeLessThan(page.text.indexOf('Lamar Jackson'));
    expect(page.text).not.toContain('<dt>projectionSetId</dt>');
  });

  it('when a contest run is done, then the page shows portfolio totals and where the entries finish', async () => {
    const lineups = await h.t.db.lineup.findMany({ where: { lineupSetId }, orderBy: { index: 'asc' } });
    const row = (index: number, averagePayout: number) => ({
      index, lineupId: lineups[index]!.id, roi: averagePayout / 5 - 1, averagePayout, winRate: 0.01, topRate: 0.03, cashRate: 0.2, averageFinish: 90, duplicates: 0,
    });
    const run = await h.t.db.simulationRun.create({
      data: {
        kind: 'contest', slateId: seeded.slateId, userId: h.user.id, status: 'done', seed: 1n, sims: 2000, chunkCount: 1, chunksDone: 1, params: {}, finishedAt: new Date(),
        result: { field: {}, payout: { name: 'Small GPP', source: 'user', fieldSize: 200, entryFee: 5 }, lineups: [row(0, 4), row(1, 6.75)] },
      },
    });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/simulations/${run.id}`).expect(200);
    expect(page.text).toContain('<dt>Total entry</dt><dd>$10</dd>');
    expect(page.text).toContain('<dt>Expected winnings</dt><dd>$10.75</dd>');
    expect(page.text).toMatch(/<dt>Expected profit<\/dt><dd class="pos">\+\$0\.75 \(\+7\.5%\)<\/dd>/);
    expect(page.text).toContain('Where the lineups finish');
    // 1% win, 2% more in the top 1%, 17% more cash, 80% out of the money.
    expect(page.text).toMatch(/Out of the money<\/text><rect class="bar"[^>]*><text class="bar-value"[^>]*>80%</);
  });
});
