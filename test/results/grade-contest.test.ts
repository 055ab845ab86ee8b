/**
 * The post-lock contest check (issue 14): the real DK NBA 2025-10-26 standings imported through the results tier,
 * a finished contest simulation on the same slate, then `sportsdata grade --contest --json` puts the simulated
 * field beside the real one (winning score, median score, ownership MAE, duplicate rate).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { gradeContest, importResultsFile } from '../../src/results/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string): Buffer => readFileSync(join(import.meta.dirname, '../fixtures/results', file));
let t: TestDb;
let slateId: number;

beforeAll(async () => {
  t = await createTestDb();
  slateId = (await importSalaryFile(t.db, read('nba_dk_2025-10-26_salaries.csv'), { site: 'draftkings', fileName: 'nba_dk_2025-10-26_salaries.csv' })).slateId;
  await importResultsFile(t.db, read('dk_contest_standings_nba_2025-10-26.csv'), { site: 'draftkings', slateId, fileName: 'dk_contest_standings_nba_2025-10-26.csv' });
}, 120_000);
afterAll(async () => t?.drop());

async function contestRun(field: object, ownership: object[]) {
  return t.db.simulationRun.create({
    data: { kind: 'contest', slateId, status: 'done', seed: 1n, sims: 1000, chunkCount: 1, chunksDone: 1, params: {}, finishedAt: new Date(), result: { field, ownership, lineups: [], payout: { name: 'x', fieldSize: 9803, entryFee: 20 } } },
  });
}

describe('grade --contest', () => {
  it('when a slate has real standings but no contest simulation, then it says to run one', async () => {
    await expect(gradeContest(t.db, { slateId })).rejects.toThrow(`slate ${slateId} has no finished contest simulation to compare: run sportsdata contest first`);
  });

  it('when a contest simulation is done, then --json holds one row per measure against the real contest', async () => {
    const reaves = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, name: 'Austin Reaves' } });
    const spread = { p10: 340, p50: 370.6, p90: 409 };
    const sim = await contestRun({ winningScore: spread, cashLine: spread, medianScore: 274, duplicateRate: 0.212, meanRoi: -0.15 }, [{ slatePlayerId: reaves.id, projected: 0.3, realized: 0.2743 }]);
    const { stdout } = await run(fileURLToPath(new URL('node_modules/.bin/tsx', `file://${root}/`)), ['src/cli/main.ts', 'grade', '--slate', String(slateId), '--contest', '--json'], {
      cwd: root, env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false' },
    });
    const out = JSON.parse(stdout) as { simulationRunId: number; entries: number; field: { measure: string; simulated: number; real: number; difference: number; relative: number | null }[] };
    expect(out.simulationRunId).toBe(sim.id);
    expect(out.entries).toBe(9803);
    const by = new Map(out.field.map((r) => [r.measure, r]));
    expect(by.get('winningScore')).toMatchObject({ simulated: 370.6, real: 409.75, difference: -39.15 });
    expect(by.get('medianScore')).toMatchObject({ simulated: 274, real: 314.5, difference: -40.5 });
    expect(by.get('duplicateRate')!.real).toBeGreaterThan(0.2);
    // Only Reaves is owned in this simulated field: the MAE is his miss (77.43 - 27.43 = 50 pts) plus every other
    // drafted player's whole %Drafted, over the drafted players.
    const drafted = await t.db.slatePlayerResult.findMany({ where: { slateId, actualOwnership: { not: null } } });
    const others = drafted.filter((d) => d.slatePlayerId !== reaves.id).reduce((s, d) => s + d.actualOwnership!, 0);
    expect(by.get('ownershipMae')!.simulated).toBeCloseTo((others + 50) / drafted.length, 1);
  }, 60_000);
});
