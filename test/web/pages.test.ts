/**
 * When the dashboard is asked for its pages, then they render from the database; partials come back as
 * fragments; anonymous requests go to the login form and users are refused the admin page.
 */
import request from 'supertest';
import { listJobs } from '../../src/core/jobs/job-admin.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedLineupSet, seedSlate, type SeededSlate } from './seed-slate.js';
import { createSlate } from '../factories.js';

let h: WebHarness;
let seeded: SeededSlate;
let lineupSetId: number;

beforeAll(async () => {
  h = await startWebHarness();
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  lineupSetId = await seedLineupSet(h.t.db, seeded, h.user.id);
});
afterAll(async () => {
  await h?.stop();
});

describe('authentication', () => {
  it('when anonymous, then a page redirects to /login with where it was going', async () => {
    const res = await request(h.baseUrl).get(`/slates/${seeded.slateId}?sort=value`).expect(303);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(`/slates/${seeded.slateId}?sort=value`)}`);
  });

  it('when anonymous htmx asks for a partial, then it gets 401 with HX-Redirect instead of a login form fragment', async () => {
    const res = await request(h.baseUrl).get(`/slates/${seeded.slateId}/pool`).set('HX-Request', 'true').expect(401);
    expect(res.headers['hx-redirect']).toMatch(/^\/login\?next=/);
  });

  it('when the login form renders, then it carries a CSRF field and posts email and password', async () => {
    const res = await request(h.baseUrl).get('/login').expect(200);
    expect(res.text).toMatch(/<form method="post" action="\/login"/);
    expect(csrfFrom(res.text)).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(res.text).toContain('name="email"');
    expect(res.text).toContain('name="password"');
  });

  it('when the password is wrong, then the form says so with 401 and no session cookie', async () => {
    const agent = request.agent(h.baseUrl);
    const form = await agent.get('/login');
    const res = await agent.post('/login').type('form').send({ email: h.user.email, password: 'wrong password!', _csrf: csrfFrom(form.text) }).expect(401);
    expect(res.text).toContain('Wrong email or password.');
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('sd_session=');
  });

  it('when the CSRF cookie and field match but were not signed by this server, then the login post is refused', async () => {
    // What a neighbouring subdomain could plant: its own cookie and the same value in the form.
    const forged = 'A'.repeat(43);
    const res = await request(h.baseUrl).post('/login').set('Cookie', `sd_csrf=${forged}`).type('form')
      .send({ email: h.user.email, password: 'correct horse battery staple', _csrf: forged }).expect(403);
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('sd_session=');
    const signedElsewhere = `${forged}.${'B'.repeat(43)}`;
    await request(h.baseUrl).post('/login').set('Cookie', `sd_csrf=${signedElsewhere}`).type('form')
      .send({ email: h.user.email, password: 'correct horse battery staple', _csrf: signedElsewhere }).expect(403);
  });

  it('when the login post lacks the CSRF token, then it is refused', async () => {
    const res = await request(h.baseUrl).post('/login').type('form').send({ email: h.user.email, password: 'whatever-123' }).expect(403);
    expect(res.text).toContain('The form expired');
  });

  it('when signed in, then / lists slates, and sign-out needs the CSRF token', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('Main (Sun)');
    await agent.post('/logout').type('form').send({}).expect(403);
    await agent.post('/logout').type('form').send({ _csrf: csrfFrom(home.text) }).expect(303);
    await agent.get('/').expect(303);
  });

  it('when next points at another host, then login still lands on a local page', async () => {
    const agent = request.agent(h.baseUrl);
    const form = await agent.get('/login');
    const res = await agent.post('/login').type('form').send({ email: h.user.email, password: 'correct horse battery staple', _csrf: csrfFrom(form.text), next: '//evil.example.com/' }).expect(303);
    expect(res.headers.location).toBe('/');
  });
});

describe('admin page', () => {
  it('when a user opens /admin/jobs, then it is refused with 403', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/admin/jobs').expect(403);
    expect(res.text).toContain('this needs an admin account');
    expect(res.text).not.toContain('Provider health');
  });

  it('when an admin opens it, then queues, failed jobs and provider health show', async () => {
    await h.t.db.providerStatus.create({ data: { provider: 'odds-api', lastSuccessAt: new Date(Date.now() - 3600_000), lastErrorAt: new Date(), lastError: 'HTTP 429 quota exhausted' } });
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const res = await agent.get('/admin/jobs').expect(200);
    expect(res.text).toContain('Provider health');
    expect(res.text).toContain('odds-api');
    expect(res.text).toContain('failing');
    expect(res.text).toContain('HTTP 429 quota exhausted');
  });

  it('when the odds poller has run, then its last success, error and remaining quota show', async () => {
    await h.t.db.oddsPoll.create({ data: { trigger: 'schedule', status: 'ok', startedAt: new Date(Date.now() - 7200_000), finishedAt: new Date(Date.now() - 7190_000), requestsRemaining: 412 } });
    await h.t.db.oddsPoll.create({ data: { trigger: 'schedule', status: 'failed', startedAt: new Date(Date.now() - 600_000), finishedAt: new Date(Date.now() - 590_000), error: 'HTTP 401 invalid key' } });
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const res = await agent.get('/admin/jobs').expect(200);
    expect(res.text).toMatch(/odds-api \(polls\)[\s\S]*?failing[\s\S]*?HTTP 401 invalid key[\s\S]*?412 requests left this month/);
  });
});

describe('slates and the player pool', () => {
  it('when filtering slates by a sport with none, then the empty state says so', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/?sport=NBA').expect(200);
    expect(res.text).toContain('No slates match these filters.');
    const nfl = await agent.get('/?sport=NFL&site=draftkings').expect(200);
    expect(nfl.text).toContain('Main (Sun)');
  });

  it('when filtering by date, then the day is the US Eastern day the API uses (a Sunday night game is Sunday)', async () => {
    // 01:20 UTC on Monday is 20:20 ET on Sunday: DraftKings lists it with Sunday's slates.
    const sundayNight = await createSlate(h.t.db, { sport: 'NFL', site: 'fanduel', firstStartsAt: new Date('2025-11-17T01:20:00Z') });
    await h.t.db.slate.update({ where: { id: sundayNight.id }, data: { name: 'Sunday Night (ET)' } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const sunday = await agent.get('/?date=2025-11-16').expect(200);
    expect(sunday.text).toContain('Sunday Night (ET)');
    expect(sunday.text).toContain('Date (ET)');
    expect(sunday.text).not.toContain('Date (UTC)');
    const monday = await agent.get('/?date=2025-11-17').expect(200);
    expect(monday.text).not.toContain('Sunday Night (ET)');
  });

  it('when the date is not a calendar day, then the page says so with 400 instead of failing', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    for (const date of ['2025-13-45', '2025-02-30']) {
      const res = await agent.get(`/?date=${date}`).expect(400);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain(`“${date}” is not a date: pick a day (YYYY-MM-DD, US Eastern).`);
      expect(res.text).toContain('name="date"');
      expect(res.text).not.toContain('Main (Sun)');
    }
    await agent.get('/?date=').expect(200);
  });

  it('when the slate page renders, then each player has salary, projection, injury badge, weather chip and implied total', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/slates/${seeded.slateId}`).expect(200);
    expect(res.text).toContain('<table class="grid pool"');
    expect(res.text).toContain('Patrick Mahomes');
    expect(res.text).toContain('$7,400');
    expect(res.text).toMatch(/class="badge questionable"[^>]*>Q</);
    expect(res.text).toMatch(/<tr class="ruled-out"[^>]*>\s*<td class="name">\s*<a[^>]*>Rashee Rice/);
    expect(res.text).toMatch(/class="chip watch"[^>]*>41° 18mph in from CF 55%/);
    expect(res.text).toContain('class="chip dome"');
    // BAL is home, spread -3.5, total 48.5: implied 26.0; KC 22.5.
    expect(res.text).toContain('>26.0<');
    expect(res.text).toContain('>22.5<');
    expect(res.text).toContain('Sim 10k');
    // The games strip: total, home spread and both implied totals; the dome game has no line yet.
    expect(res.text).toMatch(/O\/U <strong>48\.5<\/strong> · BAL -3\.5/);
    expect(res.text).toMatch(/KC <strong>22\.5<\/strong> · BAL <strong>26\.0<\/strong>/);
    expect(res.text).toContain('no line yet');
  });

  it('when htmx asks for the pool sorted by salary ascending, then a fragment comes back in that order', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/slates/${seeded.slateId}/pool?sort=salary&dir=asc`).set('HX-Request', 'true').expect(200);
    expect(res.text).not.toContain('<html');
    expect(res.headers['hx-push-url']).toBe(`/slates/${seeded.slateId}?sort=salary&dir=asc`);
    const names = [...res.text.matchAll(/<td class="name">\s*<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names[0]).toBe('Ravens');
    expect(names[names.length - 1]).toBe('Josh Allen');
  });

  it('when filtering by position and hiding ruled-out players, then only matching rows remain', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const qbs = await agent.get(`/slates/${seeded.slateId}/pool?pos=QB`).set('HX-Request', 'true').expect(200);
    expect(qbs.text).toContain('<span id="pool-count">3</span> of 10 players');
    const wrs = await agent.get(`/slates/${seeded.slateId}/pool?pos=WR&hideOut=1`).set('HX-Request', 'true').expect(200);
    expect(wrs.text).not.toContain('Rashee Rice');
    expect(wrs.text).toContain('Tyreek Hill');
    const none = await agent.get(`/slates/${seeded.slateId}/pool?q=nobody`).set('HX-Request', 'true').expect(200);
    expect(none.text).toContain('No players match these filters.');
  });

  it('when a player is opened with htmx, then the detail fragment holds the histogram and the line movement chart', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const mahomes = seeded.players.find((p) => p.name === 'Patrick Mahomes')!;
    const res = await agent.get(`/slates/${seeded.slateId}/players/${mahomes.id}`).set('HX-Request', 'true').expect(200);
    expect(res.text).not.toContain('<html');
    expect(res.text).toContain('Simulated distribution');
    expect(res.text.match(/<rect class="bar"/g)?.length).toBeGreaterThan(10);
    expect(res.text).toContain('mean 22.4');
    expect(res.text).toMatch(/<dt>Boom 4x\/5x<\/dt><dd>30(\.0)?% \/ 18(\.0)?%<\/dd>/);
    expect(res.text).toContain('KC@BAL line movement');
    expect(res.text.match(/<path class="series/g)).toHaveLength(3);
    expect(res.text).toContain('3 consensus captures');
    const page = await agent.get(`/slates/${seeded.slateId}/players/${mahomes.id}`).expect(200);
    expect(page.text).toContain('<html');
    expect(page.text).toContain('Back to the player pool');
  });

  it('when a name holds markup, then it is escaped everywhere it appears', async () => {
    const evil = seeded.players.find((p) => p.name === 'Zay Flowers')!;
    await h.t.db.slatePlayer.update({ where: { id: evil.id }, data: { name: '<script>alert(1)</script>' } });
    try {
      const agent = await signedIn(h.baseUrl, h.user.email);
      const res = await agent.get(`/slates/${seeded.slateId}`).expect(200);
      expect(res.text).not.toContain('<script>alert(1)</script>');
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      const detail = await agent.get(`/slates/${seeded.slateId}/players/${evil.id}`).set('HX-Request', 'true').expect(200);
      expect(detail.text).not.toContain('<script>alert(1)</script>');
    } finally {
      await h.t.db.slatePlayer.update({ where: { id: evil.id }, data: { name: 'Zay Flowers' } });
    }
  });

  it('when a slate does not exist, then the page is a 404 page, not JSON', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get('/slates/999999').expect(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('slate 999999 not found');
  });
});

describe('optimizer page', () => {
  it('when the user has a lineup set, then lineups, totals, the exposure chart, the swap flag and the download link show', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/slates/${seeded.slateId}/optimize`).expect(200);
    expect(res.text).toContain('id="lineup-table"');
    expect(res.text).toMatch(/<tr class="needs-swap"[^>]*title="Rashee Rice is OUT"/);
    expect(res.text).toContain('1 lineup holds a player who was ruled out');
    expect(res.text).toContain('Average of 2 lineups');
    expect(res.text).toContain('aria-label="Player exposure"');
    expect(res.text).toContain(`/slates/${seeded.slateId}/optimize/${lineupSetId}/export.csv`);
    expect(res.text).toContain('Download DraftKings upload CSV');
    // The ruled-out player cannot be locked or excluded: the optimizer leaves them out by itself.
    expect(res.text).not.toContain('aria-label="exclude Rashee Rice"');
    expect(res.text).toContain('aria-label="exclude Travis Kelce"');
  });

  it('when the lineup set is downloaded, then it is the site upload CSV as an attachment; another user gets 404', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/slates/${seeded.slateId}/optimize/${lineupSetId}/export.csv`).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?DKEntries-lineups-${lineupSetId}\\.csv"?$`));
    const lines = res.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('QB,RB,RB,WR,WR,WR,TE,FLEX,DST');
    expect(lines[1]).toContain(`Patrick Mahomes (${seeded.players.find((p) => p.name === 'Patrick Mahomes')!.sitePlayerId})`);
    const other = await signedIn(h.baseUrl, h.admin.email);
    await other.get(`/slates/${seeded.slateId}/optimize/${lineupSetId}/export.csv`).expect(404);
  });

  it('when another user asks for the lineup set, then it is not found', async () => {
    const agent = await signedIn(h.baseUrl, h.admin.email);
    await agent.get(`/slates/${seeded.slateId}/optimize/${lineupSetId}/lineups`).set('HX-Request', 'true').expect(404);
  });

  it('when the rules form is posted without the CSRF token, then it is refused; with bad rules, the problem is named', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    await agent.post(`/slates/${seeded.slateId}/optimize`).type('form').send({ lineups: '5' }).expect(403);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize`);
    const mahomes = seeded.players.find((p) => p.name === 'Patrick Mahomes')!;
    const res = await agent.post(`/slates/${seeded.slateId}/optimize`).type('form')
      .send(`_csrf=${encodeURIComponent(csrfFrom(page.text))}&lineups=5&lock=${mahomes.sitePlayerId}&exclude=${mahomes.sitePlayerId}`).expect(400);
    expect(res.text).toContain('cannot be both locked and excluded');
  });
});

describe('simulations and uploads', () => {
  it('when a run is unfinished, then its progress fragment polls; when finished, it stops polling', async () => {
    const run = await h.t.db.simulationRun.create({ data: { kind: 'projections', slateId: seeded.slateId, userId: h.user.id, status: 'running', seed: 1n, sims: 10_000, chunkCount: 4, chunksDone: 1, params: {} } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/simulations`).expect(200);
    expect(page.text).toContain('1/4 chunks');
    const live = await agent.get(`/slates/${seeded.slateId}/simulations/${run.id}/progress?live=1`).set('HX-Request', 'true').expect(200);
    expect(live.text).toContain('hx-trigger="every 2s"');
    await h.t.db.simulationRun.update({ where: { id: run.id }, data: { status: 'done', chunksDone: 4, finishedAt: new Date(), result: { sims: 10000, players: 10 } } });
    const done = await agent.get(`/slates/${seeded.slateId}/simulations/${run.id}/progress?live=1`).set('HX-Request', 'true').expect(200);
    expect(done.text).not.toContain('hx-trigger');
    expect(done.headers['hx-refresh']).toBe('true');
    const result = await agent.get(`/slates/${seeded.slateId}/simulations/${run.id}`).expect(200);
    expect(result.text).toContain('Results');
    expect(result.text).toMatch(/<dt>players<\/dt><dd>10<\/dd>/);
    // Another user's run is not found, on any slate.
    const other = await signedIn(h.baseUrl, h.admin.email);
    await other.get(`/slates/${seeded.slateId}/simulations/${run.id}`).expect(404);
  });

  it('when the upload form is posted without a file, then the fragment names the problem', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/uploads').expect(200);
    expect(page.text).toContain('enctype="multipart/form-data"');
    expect(page.text).toContain('Main (Sun)');
    const res = await agent.post('/uploads').set('HX-Request', 'true').field('_csrf', csrfFrom(page.text)).field('slateId', String(seeded.slateId)).expect(400);
    expect(res.text).not.toContain('<html');
    expect(res.text).toContain('choose a CSV file to upload');
  });

  it('when an upload has a stored report, then its row problems show inline with line numbers, and only to its owner', async () => {
    const set = await h.t.db.projectionSet.create({ data: { slateId: seeded.slateId, userId: h.user.id, name: 'proj.csv', source: 'upload' } });
    const upload = await h.t.db.upload.create({
      data: {
        userId: h.user.id, kind: 'projections', fileName: 'proj.csv', sizeBytes: 2048, sha256: 'x'.repeat(64), status: 'stored', slateId: seeded.slateId, projectionSetId: set.id,
        report: {
          fileName: 'proj.csv', rows: 3, matchedRows: 1, skippedRows: 2, stored: 1, columns: { projection: 'Proj' }, ignoredColumns: [], percentColumns: [],
          problems: [
            { line: 3, kind: 'unmatched', reason: 'no player named "Nobody <b>" on this slate', id: null, name: 'Nobody <b>' },
            { line: 4, kind: 'invalid', reason: 'projection "abc" is not a number', id: '1234', name: null },
          ],
          warnings: [], fatal: null,
        },
      },
    });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/uploads?upload=${upload.id}`).expect(200);
    expect(res.text).toContain('2 rows skipped or flagged');
    expect(res.text).toMatch(/<td>3<\/td><td>unmatched<\/td><td>no player named &#34;Nobody &lt;b&gt;&#34; on this slate<\/td>/);
    expect(res.text).toContain('<td>4</td><td>invalid</td>');
    expect(res.text).toContain(`/slates/${seeded.slateId}?set=${set.id}`);
    const other = await signedIn(h.baseUrl, h.admin.email);
    await other.get(`/uploads?upload=${upload.id}`).expect(404);
  });

  it('when a projection CSV is uploaded with htmx, then the API stores it and the row report comes back inline', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/uploads').expect(200);
    const csv = 'Name,Team,Position,Projection,Ownership\nPatrick Mahomes,KC,QB,23.5,21%\nNobody Special,KC,WR,9.1,3%\nTravis Kelce,KC,TE,abc,10%\n';
    const res = await agent.post('/uploads').set('HX-Request', 'true')
      .field('_csrf', csrfFrom(page.text)).field('slateId', String(seeded.slateId)).field('name', 'my numbers')
      .attach('file', Buffer.from(csv), { filename: 'my-proj.csv', contentType: 'text/csv' }).expect(200);
    expect(res.text).not.toContain('<html');
    expect(res.text).toContain('Report · my-proj.csv');
    expect(res.text).toContain('Stored as a projection set.');
    expect(res.text).toMatch(/<td>3<\/td><td>unmatched<\/td>/);
    expect(res.text).toMatch(/<td>4<\/td><td>invalid<\/td>/);
    const upload = await h.t.db.upload.findFirstOrThrow({ where: { userId: h.user.id, fileName: 'my-proj.csv' } });
    expect(upload.projectionSetId).not.toBeNull();
    const mahomes = seeded.players.find((p) => p.name === 'Patrick Mahomes')!;
    const stored = await h.t.db.projection.findFirstOrThrow({ where: { projectionSetId: upload.projectionSetId!, slatePlayerId: mahomes.id } });
    expect(stored.mean).toBe(23.5);
  });

  it('when the CSV has no projection column, then nothing is stored and the rejection report shows (plain form: on the redirected page)', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get('/uploads').expect(200);
    const sets = await h.t.db.projectionSet.count();
    const res = await agent.post('/uploads')
      .field('_csrf', csrfFrom(page.text)).field('slateId', String(seeded.slateId))
      .attach('file', Buffer.from('Name,Team,Salary\nPatrick Mahomes,KC,7400\n'), { filename: 'no-proj.csv', contentType: 'text/csv' }).expect(303);
    expect(res.headers.location).toMatch(/^\/uploads\?upload=\d+$/);
    const shown = await agent.get(res.headers.location as string).expect(200);
    expect(shown.text).toContain('Nothing was stored:');
    expect(shown.text).toContain('rejected');
    expect(await h.t.db.projectionSet.count()).toBe(sets);
  });

  it('when the upload has no CSRF token, then it is refused', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    await agent.post('/uploads').field('slateId', String(seeded.slateId)).attach('file', Buffer.from('name,projection\nA,1\n'), 'p.csv').expect(403);
  });
});

describe('assets', () => {
  it('when the page asks for htmx and the stylesheet, then the app serves them itself', async () => {
    const htmx = await request(h.baseUrl).get('/assets/htmx.min.js').expect(200);
    expect(htmx.text).toContain('htmx');
    await request(h.baseUrl).get('/assets/app.css').expect(200).expect('content-type', /css/);
  });
});

describe('writes from the dashboard', () => {
  it('when a projections simulation is started, then the sim job is queued for this slate and user', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/simulations`).expect(200);
    const res = await agent.post(`/slates/${seeded.slateId}/simulations`).type('form').send({ _csrf: csrfFrom(page.text), sims: '2000', baselineSetId: '' }).expect(303);
    expect(res.headers.location).toBe(`/slates/${seeded.slateId}/simulations?started=1`);
    const jobs = await listJobs(h.platform.boss, { queue: 'sim-engine.run-projections' });
    expect(jobs.map((j) => j.data)).toContainEqual({ slateId: seeded.slateId, sims: 2000, userId: h.user.id });
    const bad = await agent.post(`/slates/${seeded.slateId}/simulations`).type('form').send({ _csrf: csrfFrom(page.text), sims: '5' }).expect(400);
    expect(bad.text).toContain('sims: at least 100 simulations');
  });

  it('when the rules form is valid, then a queued lineup set with those rules exists and the build job is sent', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize`).expect(200);
    const res = await agent.post(`/slates/${seeded.slateId}/optimize`).type('form')
      .send({ _csrf: csrfFrom(page.text), set: String(seeded.projectionSetId), lineups: '3', minUnique: '2', stack: 'QB WR', maxExposure: '70' }).expect(303);
    const id = Number(/lineupSet=(\d+)/.exec(res.headers.location as string)?.[1]);
    const set = await h.t.db.lineupSet.findUniqueOrThrow({ where: { id } });
    expect(set).toMatchObject({ userId: h.user.id, status: 'queued', requested: 3, projectionSetId: seeded.projectionSetId });
    expect(set.rules).toMatchObject({ lineups: 3, minUnique: 2, stacks: [{ kind: 'team', positions: [['QB'], ['WR']] }], exposure: { maxPlayer: 0.7 } });
    const jobs = await listJobs(h.platform.boss, { queue: 'optimizer.build-lineups' });
    expect(jobs.map((j) => j.data)).toContainEqual({ lineupSetId: id });
    // The page follows the queued set: it polls until the optimizer finishes.
    const follow = await agent.get(res.headers.location as string).expect(200);
    expect(follow.text).toContain(`hx-get="/slates/${seeded.slateId}/optimize/${id}/lineups?live=1"`);
  });

  it('when another user names my projection set, then the optimizer refuses it as not found', async () => {
    const mine = await h.t.db.projectionSet.create({ data: { slateId: seeded.slateId, userId: h.user.id, name: 'private', source: 'upload' } });
    const agent = await signedIn(h.baseUrl, h.admin.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize`).expect(200);
    expect(page.text).not.toContain('>private<');
    const res = await agent.post(`/slates/${seeded.slateId}/optimize`).type('form').send({ _csrf: csrfFrom(page.text), set: String(mine.id), lineups: '1' }).expect(404);
    expect(res.text).toContain(`projection set ${mine.id} not found`);
  });

  it('when the set stores raw draws, then the histogram is drawn from them', async () => {
    const rows = await h.t.db.slatePlayer.findMany({ where: { slateId: seeded.slateId }, orderBy: { id: 'asc' } });
    const drawCount = 200;
    const values = new Float32Array(rows.length * drawCount).map((_, i) => (i % drawCount) / 10);
    const set = await h.t.db.projectionSet.create({
      data: { slateId: seeded.slateId, name: 'With draws', source: 'simulation', drawCount, drawBlocks: { create: [{ rowStart: 0, rowCount: rows.length, payload: new Uint8Array(values.buffer) }] } },
    });
    const first = rows[0]!;
    await h.t.db.projection.create({ data: { projectionSetId: set.id, slatePlayerId: first.id, mean: 9.95 } });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const res = await agent.get(`/slates/${seeded.slateId}/players/${first.id}?set=${set.id}`).set('HX-Request', 'true').expect(200);
    expect(res.text).toContain('From the raw simulation draws.');
    // 200 evenly spread draws over 30 bins: every bin holds 6 or 7 of them (3.0-3.5%).
    expect([...res.text.matchAll(/pts: (\d+\.\d)%/g)].map((m) => Number(m[1])).every((p) => p >= 3 && p <= 3.5)).toBe(true);
  });
});
