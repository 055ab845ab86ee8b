/**
 * When nflverse weeks 1-10 of 2022 are imported (results import-stats) before the DraftKings 2022-11-20 slate is
 * simulated, then the slate's players get history baselines from those weeks and a play probability from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { importStatLines, parseStatsFile } from '../../src/results/index.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

let t: TestDb;
let slateId: number;

beforeAll(async () => {
  t = await createTestDb();
  const salaries = 'dk_nfl_classic_2022-11-20_DKSalaries.csv';
  ({ slateId } = await importSalaryFile(t.db, readFileSync(join(import.meta.dirname, '../fixtures/dfs', salaries)), { site: 'draftkings', fileName: salaries }));
  const stats = readFileSync(join(import.meta.dirname, '../fixtures/results/nfl_2022_weeks01-10_player_stats.csv'));
  await importStatLines(t.db, parseStatsFile('nflverse', stats));
}, 120_000);
afterAll(async () => t?.drop());

describe('history from imported stat lines', () => {
  it('when weeks 1-10 are stored, then week 11 is projected from them: history baselines, regulars likely to play, backups not', async () => {
    const { rows, warnings } = await runProjectionsInline(t.db, { slateId, sims: 1000, seed: 3 });
    expect(warnings.some((w) => w.startsWith('history baseline:'))).toBe(true);
    const history = rows.filter((r) => r.baselineSource === 'history');
    expect(history.length).toBeGreaterThan(250);
    const jefferson = rows.find((r) => r.name === 'Justin Jefferson')!;
    expect(jefferson.baselineSource).toBe('history');
    expect(jefferson.playProbability).toBeGreaterThan(0.9);
    const flacco = rows.find((r) => r.name === 'Joe Flacco')!;
    expect(flacco.playProbability).toBeLessThan(0.1);
  });
});
