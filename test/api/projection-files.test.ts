/**
 * Projection files in and out (issue 18, items 9 and 12): a player name a spreadsheet would run as a formula is
 * neutralized in the export and reads back as the name; a UTF-16 file is read like the salary importer reads one;
 * a header-only file says so; a negative projection is kept with a warning naming its line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtureSlate } from './import-fixture-slate.js';
import { signUp, startApiHarness, type ApiHarness, type SignedIn } from './api-harness.js';

let h: ApiHarness;
let nfl: number;
let alice: SignedIn;
const FORMULA = '=HYPERLINK("http://evil.example","click")';

beforeAll(async () => {
  h = await startApiHarness();
  nfl = await importFixtureSlate(h.platform.db, 'dk_nfl_classic_2025-11-16_DKSalaries.csv');
  alice = await signUp(h);
  // A hostile name as it could arrive from any feed or file.
  await h.platform.db.slatePlayer.updateMany({ where: { slateId: nfl, sitePlayerId: '40742354' }, data: { name: FORMULA } });
});
afterAll(async () => {
  await h?.stop();
});

const upload = (content: Buffer, fileName = 'p.csv') => alice.agent.post('/api/v1/projection-sets').set('X-CSRF-Token', alice.csrf)
  .field('slateId', String(nfl)).attach('file', content, fileName);

describe('CSV formula injection (item 9)', () => {
  it('when a set holding a formula-like name is exported, then the cell starts with an apostrophe, numbers stay numbers, and it uploads back', async () => {
    const first = await upload(Buffer.from('ID,Projection\n40742354,21.5\n40742608,-1.5\n')).expect(201);
    const exported = await alice.agent.get(`/api/v1/projection-sets/${first.body.projectionSetId}/export`).expect(200);
    const rows = exported.text.trim().split('\r\n');
    const formulaRow = rows.find((r) => r.startsWith('40742354,'));
    expect(formulaRow).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(rows.find((r) => r.startsWith('40742608,'))).toMatch(/,-1\.5,/);
    for (const row of rows) expect(row.split(',').some((cell) => /^"?[=+@]/.test(cell))).toBe(false);
    const again = await upload(Buffer.from(exported.text), 'roundtrip.csv').expect(201);
    expect(again.body.report.problems).toEqual([]);
    expect(again.body.report.stored).toBe(2);
  });
});

describe('projection file messages (item 12)', () => {
  it('when the file is UTF-16 (Excel "Unicode text", tab-separated), then it is read, not called binary', async () => {
    const text = 'Name\tTeam\tProjection\nJaxon Smith-Njigba\tSEA\t19.5\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const res = await upload(utf16, 'unicode.txt').expect(201);
    expect(res.body.report).toMatchObject({ rows: 1, stored: 1, problems: [] });
  });

  it('when the file has a header row only, then it says there are no player rows (not "0 rows have problems")', async () => {
    const res = await upload(Buffer.from('Name,Team,Projection\n')).expect(422);
    expect(res.body.error.message).toBe('the file has a header row but no player rows (header: "Name", "Team", "Projection")');
    expect(res.body.error.message).not.toContain('0 rows have problems');
  });

  it('when a projection is negative, then it is stored with a warning naming the line', async () => {
    const res = await upload(Buffer.from('ID,Projection\n40742608,-2.5\n40742354,12\n')).expect(201);
    expect(res.body.report.stored).toBe(2);
    expect(res.body.report.warnings).toContain('line 2: projection -2.5 is negative (kept as given: check the sign)');
  });
});
