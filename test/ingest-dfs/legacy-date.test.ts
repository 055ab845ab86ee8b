/**
 * Issue 18 item 15: a legacy DK file with no date anywhere (Game Info "CWS@Min 08:10PM ET", no date in the file name)
 * is refused with a clear error unless the slate's date is given (CLI --date, the upload's "date" field); given, the
 * games get their real kickoffs from that date and the Game Info times, not today's 05:00Z placeholders.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { signUp, startApiHarness, type ApiHarness } from '../api/api-harness.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const root = join(import.meta.dirname, '..', '..');
const LEGACY = 'dk_mlb_classic_2018_LEGACY_6col_DKSalaries.csv';
const path = join(root, 'test', 'fixtures', 'dfs', LEGACY);
const bytes = readFileSync(path);
const exec = promisify(execFile);

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

describe('a DK file without a date', () => {
  it('is refused without a date, naming --date and the upload field, and nothing is stored', async () => {
    const error = await importSalaryFile(t.db, bytes, { site: 'draftkings', fileName: 'DKSalaries.csv' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_salary_file', status: 422, details: { reason: 'DATE_REQUIRED', field: 'date' } });
    expect(String((error as Error).message)).toMatch(/gives no date.*--date YYYY-MM-DD.*"date" field/);
    expect(await t.db.slate.count()).toBe(0);
    expect(await t.db.game.count()).toBe(0);
    await expect(importSalaryFile(t.db, bytes, { site: 'draftkings', date: '2018-02-30' })).rejects.toThrow(/date "2018-02-30" is not a calendar date/);
  });

  it('with a date, stores its games at that date and the Game Info times (US Eastern)', async () => {
    const result = await importSalaryFile(t.db, bytes, { site: 'draftkings', fileName: 'DKSalaries.csv', date: '2018-05-01' });
    expect(result).toMatchObject({ sport: 'MLB', players: 127, games: 2 });
    const games = await t.db.game.findMany({ include: { homeTeam: true }, orderBy: { startsAt: 'asc' } });
    // "CWS@Min 08:10PM ET" and "LAA@KC 08:15PM ET" on 2018-05-01 (EDT, UTC-4).
    expect(games.map((g) => [g.homeTeam.code, g.startsAt.toISOString(), g.startTimeTbd])).toEqual([
      ['MIN', '2018-05-02T00:10:00.000Z', false], ['KC', '2018-05-02T00:15:00.000Z', false]]);
    const slate = await t.db.slate.findUniqueOrThrow({ where: { id: result.slateId } });
    expect(slate.name).toContain('2018-05-01');
  });

  // Each CLI run is a fresh Node process (a few seconds, more on a loaded machine): one per test.
  const run = async (...args: string[]) => exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', 'salaries', '--site', 'draftkings', path, ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false' },
  }).then(({ stdout }) => ({ code: 0, stdout, stderr: '' }), (e: { code: number; stdout: string; stderr: string }) => e);

  it('the CLI asks for --date', async () => {
    const refused = await run();
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/gives no date.*--date YYYY-MM-DD/);
  }, 120_000);

  it('the CLI refuses a --date that is not YYYY-MM-DD', async () => {
    const bad = await run('--date', 'May 1');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--date must be a date like 2018-06-01/);
  }, 120_000);

  it('the CLI takes --date', async () => {
    const taken = await run('--date', '2018-05-01', '--json');
    expect(taken.code).toBe(0);
    expect(JSON.parse(taken.stdout)).toMatchObject({ players: 127, games: 2, created: false });
  }, 120_000);
});

describe('a DK file without a date, uploaded through the API', () => {
  let h: ApiHarness;
  beforeAll(async () => { h = await startApiHarness(); });
  afterAll(async () => { await h?.stop(); });

  it('is a 422 naming the date field without it and a 201 with it', async () => {
    const admin = await signUp(h, 'admin');
    const refused = await admin.agent.post('/api/v1/slates').set('X-CSRF-Token', admin.csrf).field('site', 'draftkings').attach('file', bytes, 'DKSalaries.csv').expect(422);
    h.openapi.assertResponse(refused);
    expect(refused.body.error.message).toMatch(/"date" field/);
    const stored = await admin.agent.post('/api/v1/slates').set('X-CSRF-Token', admin.csrf).field('site', 'draftkings').field('date', '2018-05-01')
      .attach('file', bytes, 'DKSalaries.csv').expect(201);
    h.openapi.assertResponse(stored);
    expect(stored.body.import).toMatchObject({ players: 127, games: 2 });
  });
});
