/**
 * DFS import benchmark (issue 3): the real 1,197-row DK MLB salary file (2026-06-26, 13 games) end to end into
 * PostgreSQL: decode, parse, resolve teams/games/canonical players, upsert in one transaction. Target <= 0.5 s.
 * Each timed run starts from empty slate/player tables (a first import, the expensive case); a repeat import of
 * the same file (writes nothing) is reported too. Run alone with `npx tsx test/bench/dfs-import.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDb } from '../../src/core/db.js';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { withBenchDatabase, type Bench, type BenchMetric } from './bench-support.js';

const FILE = 'dk_mlb_classic_2026-06-26_DKSalaries.csv';
const RUNS = 7;

async function run(): Promise<BenchMetric[]> {
  return withBenchDatabase(async (url) => {
    const db = createDb(url, { max: 4 });
    try {
      const bytes = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'dfs', FILE));
      const cold: number[] = [];
      let repeat = 0;
      for (let i = 0; i <= RUNS; i++) {
        await db.$executeRawUnsafe('TRUNCATE "SlatePlayerStatusChange", "SlatePlayer", "SlateGame", "Slate", "PlayerExternalId", "PlayerAlias", "Player", "GameExternalId", "Game" CASCADE');
        const t0 = performance.now();
        const result = await importSalaryFile(db, bytes, { site: 'draftkings', fileName: FILE });
        const ms = performance.now() - t0;
        if (result.inserted !== 1197) throw new Error(`expected 1197 rows inserted, got ${result.inserted}`);
        if (i > 0) cold.push(ms); // run 0 warms up the JIT and the connection pool
        if (i === RUNS) {
          const t1 = performance.now();
          const again = await importSalaryFile(db, bytes, { site: 'draftkings', fileName: FILE });
          repeat = performance.now() - t1;
          if (again.unchanged !== 1197) throw new Error(`repeat import changed rows: ${JSON.stringify(again)}`);
        }
      }
      cold.sort((a, b) => a - b);
      const median = cold[Math.floor(cold.length / 2)] ?? NaN;
      return [
        { name: 'dfs import: DK MLB 1,197 rows, first import (median)', value: Math.round(median), unit: 'ms', target: 500,
          note: `${RUNS} runs, min ${Math.round(cold[0] ?? NaN)} ms, max ${Math.round(cold[cold.length - 1] ?? NaN)} ms` },
        { name: 'dfs import: same file again (no changes)', value: Math.round(repeat), unit: 'ms', target: 500 },
      ];
    } finally {
      await db.$disconnect();
    }
  });
}

export const bench: Bench = { name: 'dfs-import', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then((metrics) => console.log(JSON.stringify(metrics, null, 2)), (error: unknown) => { console.error(error); process.exitCode = 1; });
}
