/**
 * `sportsdata results import`, `results import-stats` and `grade` as real processes against a test database: the
 * contract JSON of each (--json prints one object), and a one-line reason with a non-zero exit on bad input.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const root = join(import.meta.dirname, '..', '..');
const exec = promisify(execFile);
const fixture = (f: string): string => join(root, 'test', 'fixtures', f);

let t: TestDb;
let slateId: number;
beforeAll(async () => {
  t = await createTestDb();
  const file = 'nba_dk_2025-10-23_salaries.csv';
  slateId = (await importSalaryFile(t.db, readFileSync(fixture(`results/${file}`)), { site: 'draftkings', fileName: file })).slateId;
}, 60_000);
afterAll(async () => { await t.drop(); });

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root, env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('sportsdata results / grade', () => {
  it('results import --json prints exactly { slateId, players, matched, unmatched, entries }', async () => {
    const { code, stdout } = await cli('results', 'import', '--site', 'draftkings', '--slate', String(slateId), fixture('results/nba_dk_2025-10-23_results.csv'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ slateId, players: 69, matched: 69, unmatched: [], entries: 0 });
  }, 60_000);

  it('results import refuses a site that is not the slate\'s, in one line', async () => {
    const { code, stderr } = await cli('results', 'import', '--site', 'fanduel', '--slate', String(slateId), fixture('results/nba_dk_2025-10-23_results.csv'));
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/is a draftkings slate, not fanduel/);
  }, 60_000);

  it('results import-stats --json reports the stat lines stored', async () => {
    const { code, stdout } = await cli('results', 'import-stats', '--source', 'espn', fixture('gamelogs/espn_nba_gamepackage_boxscore_401809510.json'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: 'espn', statLines: 26, skipped: [], slates: [] });
  }, 60_000);

  it('grade --json prints the contract shape for the slate\'s latest projection set', async () => {
    const { projectionSetId } = await runProjectionsInline(t.db, { slateId, sims: 300, seed: 5 });
    const { code, stdout } = await cli('grade', '--slate', String(slateId), '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { slateId: number; projectionSetId: number; players: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(out).toMatchObject({ slateId, projectionSetId, summary: { n: 69, played: 43 } });
    expect(Object.keys(out.players[0] ?? {}).sort()).toEqual(['actual', 'actualOwnership', 'mean', 'name', 'p10', 'p25', 'p50', 'p75', 'p90', 'p99', 'played', 'position', 'salary', 'slatePlayerId', 'team'].sort());
    expect(Object.keys(out.summary).sort()).toEqual(['baselineMae', 'correlation', 'coverage', 'crps', 'mae', 'n', 'ownershipMae', 'played'].sort());
    expect(Object.keys(out.summary.coverage as object)).toEqual(['p10', 'p25', 'p50', 'p75', 'p90', 'p99']);
  }, 60_000);
});
