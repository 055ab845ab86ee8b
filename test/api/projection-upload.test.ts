/**
 * Custom projection uploads on real slates with messy real-world CSVs: what matched, what was skipped (with line
 * and reason), what was stored, and that fatal files store nothing but keep their audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { fixture, importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, tokenUser, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let nfl: number;
let mlb: number;
let nba: number;
let alice: SignedIn;

type Report = { rows: number; matchedRows: number; skippedRows: number; stored: number; problems: { line: number; kind: string; reason: string }[]; warnings: string[]; percentColumns: string[]; fatal: unknown };

beforeAll(async () => {
  h = await startApiHarness();
  nfl = await importFixtureSlate(h.platform.db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  mlb = await importFixtureSlate(h.platform.db, 'dk_mlb_classic_2026-06-26_DKSalaries.csv');
  nba = await importFixtureSlate(h.platform.db, 'dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv');
  alice = await signUp(h);
});
afterAll(async () => {
  await h?.stop();
});

async function projectionOf(setId: number, sitePlayerId: string) {
  return h.platform.db.projection.findFirst({ where: { projectionSetId: setId, slatePlayer: { sitePlayerId } } });
}

describe('projection CSV upload', () => {
  it('when a name/team/pos export with messy rows is uploaded (multipart), then valid rows are stored and every skipped row is reported by line', async () => {
    const res = await alice.agent.post('/api/v1/projection-sets')
      .field('slateId', String(nfl)).field('name', 'My week 11').field('_csrf', alice.csrf)
      .attach('file', fixture('nfl_projections_rotogrinders_style.csv'), 'nfl_projections_rotogrinders_style.csv')
      .expect(201);
    h.openapi.assertResponse(res);
    const report = res.body.report as Report;
    const byLine = new Map(report.problems.map((p) => [p.line, p]));
    expect(report.rows).toBe(19); // the all-empty row is not a row
    // Matched: CMC, Chase, Allen, B.Thomas Jr., K.Walker III, MHJ, Metcalf, Ravens, Texans, Puka (LA), K.Allen, Rodgers, Kelce, Nix.
    expect(report.matchedRows).toBe(14);
    expect(byLine.get(12)).toMatchObject({ kind: 'unmatched' });
    expect(byLine.get(12)?.reason).toMatch(/Gabriel Davis/);
    expect(byLine.get(13)).toMatchObject({ kind: 'invalid', reason: 'projection "N/A" is not a number' });
    // Keenan Allen is listed as TE, the slate says WR: one person by name and team, so matched with a warning.
    expect(byLine.has(14)).toBe(false);
    expect(report.warnings).toContain("line 14: position TE differs from the slate's WR for Keenan Allen; matched by name and team");
    expect(byLine.get(15)).toMatchObject({ kind: 'duplicate' });
    expect(byLine.get(15)?.reason).toMatch(/line 4/);
    expect(byLine.get(16)?.reason).toMatch(/ownership 150% is outside 0-100%/);
    expect(byLine.get(21)).toMatchObject({ kind: 'invalid', reason: 'projection is empty' });
    expect(report.problems).toHaveLength(5);
    expect(report.skippedRows).toBe(5);
    expect(report.percentColumns).toContain('ownership');

    const setId = res.body.projectionSetId as number;
    const set = await h.platform.db.projectionSet.findUniqueOrThrow({ where: { id: setId } });
    expect(set).toMatchObject({ userId: alice.user.id, slateId: nfl, name: 'My week 11', source: 'upload' });
    expect(await h.platform.db.projection.count({ where: { projectionSetId: setId } })).toBe(14);
    expect(await projectionOf(setId, '40742354')).toMatchObject({ mean: 24.6, ceiling: 38.1, floor: 12.2, ownership: 0.285 });
    expect((await projectionOf(setId, '40742632'))?.mean).toBe(13.2); // "Brian Thomas" → Brian Thomas Jr.
    expect((await projectionOf(setId, '40743276'))?.mean).toBe(7.5); // "Baltimore Ravens" DST → Ravens
    const upload = await h.platform.db.upload.findUniqueOrThrow({ where: { id: res.body.uploadId } });
    expect(upload).toMatchObject({ status: 'stored', kind: 'projections', projectionSetId: setId, userId: alice.user.id });
  });

  it('when an Excel semicolon file with decimal commas and ids is sent as a raw text/csv body, then ids, accents and ambiguity are handled', async () => {
    const { auth } = await tokenUser(h);
    const res = await request(h.baseUrl).post(`/api/v1/projection-sets?slateId=${mlb}&fileName=mlb.csv`)
      .set('Authorization', auth).set('Content-Type', 'text/csv').send(fixture('mlb_projections_excel_semicolon.csv'))
      .expect(201);
    h.openapi.assertResponse(res);
    const report = res.body.report as Report;
    const byLine = new Map(report.problems.map((p) => [p.line, p]));
    expect(report.rows).toBe(10);
    expect(byLine.get(6)).toMatchObject({ kind: 'ambiguous' });
    expect(byLine.get(6)?.reason).toMatch(/Max Muncy.*2 players.*LAD.*ATH|Max Muncy.*2 players.*ATH.*LAD/);
    expect(byLine.get(8)?.reason).toMatch(/min exposure 70 is above max exposure 30/);
    expect(byLine.get(10)?.reason).toMatch(/IDs?|id 12345 is not on this slate/i);
    expect(byLine.get(11)?.reason).toBe('stdev "seven" is not a number');
    expect(report.problems).toHaveLength(4);
    expect(report.warnings.some((w) => /line 5: id 99999999 is not on this slate; matched by name/.test(w))).toBe(true);
    const setId = res.body.projectionSetId as number;
    expect(await projectionOf(setId, '43374265')).toMatchObject({ mean: 11.2, sd: 5.1, minExposure: 0.2, maxExposure: 0.6 });
    expect((await projectionOf(setId, '43374298'))?.mean).toBe(8.9); // Julio Rodríguez
    expect((await projectionOf(setId, '43374648'))?.mean).toBe(9.5); // Acuña Jr. by name, bad id
    expect((await projectionOf(setId, '43374316'))?.mean).toBe(7.9); // Max Muncy LAD
    expect((await projectionOf(setId, '43374569'))?.mean).toBe(4.4); // Jose Fermin STL, the hitter
  });

  it('when a Windows-1252 tab-separated showdown file names players, then both CPT and UTIL rows get the projection', async () => {
    const res = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nba)).attach('file', fixture('nba_showdown_projections_latin1.tsv'), 'nba.tsv').expect(201);
    h.openapi.assertResponse(res);
    const report = res.body.report as Report;
    expect(report.problems).toEqual([]);
    expect(report.matchedRows).toBe(5);
    expect(report.stored).toBe(10);
    expect(report.warnings).toContain('the file is not UTF-8: read as Windows-1252');
    const tatum = await h.platform.db.projection.findMany({ where: { projectionSetId: res.body.projectionSetId, slatePlayer: { name: 'Jayson Tatum' } }, include: { slatePlayer: true } });
    expect(tatum.map((p) => p.slatePlayer.rosterPositions.includes('CPT')).sort()).toEqual([false, true]);
    expect(tatum.every((p) => p.mean === 48.2 && p.ownership === 0.42)).toBe(true);
  });

  it.each([
    ['projections_saved_as_xlsx.csv', 'not_csv', 422],
    ['projections_no_projection_column.csv', 'no_projection_column', 422],
  ])('when %s is uploaded, then it is refused (%s), nothing is stored, and the rejected upload row keeps the report', async (file, code, status) => {
    const before = await h.platform.db.projectionSet.count();
    const res = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', fixture(file), file).expect(status);
    h.openapi.assertResponse(res);
    expect(res.body.error.code).toBe(code);
    expect(await h.platform.db.projectionSet.count()).toBe(before);
    const upload = await h.platform.db.upload.findUniqueOrThrow({ where: { id: res.body.error.details.uploadId } });
    expect(upload.status).toBe('rejected');
    expect((upload.report as { fatal: { code: string } }).fatal.code).toBe(code);
  });

  it('when the file is over the size limit or row limit, then it is refused and nothing is stored', async () => {
    const header = 'Name,Team,Proj\n';
    const manyRows = header + Array.from({ length: 10_001 }, (_, i) => `Player ${i},BUF,${i % 30}`).join('\n');
    const rows = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', Buffer.from(manyRows), 'big.csv').expect(422);
    expect(rows.body.error.code).toBe('too_many_rows');
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 'a');
    const size = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', big, 'huge.csv').expect(413);
    h.openapi.assertResponse(size);
    expect(size.body.error.code).toBe('file_too_large');
    const huge = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', Buffer.alloc(5 * 1024 * 1024, 'a'), 'huger.csv').expect(413);
    h.openapi.assertResponse(huge);
  });

  it('when nothing in the file matches the slate, then it is refused as no_rows_matched', async () => {
    const res = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nba)).attach('file', fixture('nfl_projections_rotogrinders_style.csv'), 'wrong-slate.csv').expect(422);
    expect(res.body.error.code).toBe('no_rows_matched');
    expect(res.body.error.details.report.problems.length).toBe(19);
  });

  it('when a cookie session uploads without a CSRF token, then 403 and no upload row', async () => {
    const before = await h.platform.db.upload.count();
    const res = await alice.agent.post('/api/v1/projection-sets').field('slateId', String(nfl))
      .attach('file', fixture('nfl_projections_rotogrinders_style.csv'), 'x.csv').expect(403);
    h.openapi.assertResponse(res);
    expect(await h.platform.db.upload.count()).toBe(before);
  });

  it('when the uploaded set is exported as CSV and uploaded again, then the same projections come back', async () => {
    const first = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', fixture('nfl_projections_rotogrinders_style.csv'), 'x.csv').expect(201);
    const exported = await alice.agent.get(`/api/v1/projection-sets/${first.body.projectionSetId}/export`).expect(200);
    h.openapi.assertResponse(exported);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const again = await alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
      .field('slateId', String(nfl)).attach('file', Buffer.from(exported.text), 'roundtrip.csv').expect(201);
    expect(again.body.report.problems).toEqual([]);
    const load = async (id: number) => (await h.platform.db.projection.findMany({ where: { projectionSetId: id }, orderBy: { slatePlayerId: 'asc' } }))
      .map(({ slatePlayerId, mean, sd, floor, ceiling, ownership }) => ({ slatePlayerId, mean, sd, floor, ceiling, ownership }));
    expect(await load(again.body.projectionSetId)).toEqual(await load(first.body.projectionSetId));
  });
});
