/**
 * The starting point for calibrating projections (issue 12's closing note): the 16 fixture NBA DraftKings slates
 * imported with their real results, each simulated from site averages (the default baseline), each graded. Prints
 * per date and pooled: n, played, MAE vs AvgPointsPerGame, CRPS, and coverage at p10..p99 for all and for played.
 * `DATABASE_URL=... npx tsx test/bench/results-coverage.ts [--sims N]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDb } from '../../src/core/db.js';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { COVERAGE_LEVELS, gradeSlate, importResultsFile, type GradedPlayer } from '../../src/results/index.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { withBenchDatabase } from './bench-support.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'results');
const DATES = ['2025-10-21', '2025-10-22', '2025-10-23', '2025-10-24', '2025-10-25', '2025-10-26', '2025-10-27', '2025-10-28', '2025-10-29',
  '2025-10-30', '2025-10-31', '2025-11-01', '2025-11-02', '2025-11-03', '2025-11-04', '2025-11-05'];
const simsArg = process.argv.indexOf('--sims');
const SIMS = simsArg > 0 ? Number(process.argv[simsArg + 1]) : 2000;

const f = (x: number | null | undefined, d = 2): string => (x === null || x === undefined ? '   -' : x.toFixed(d));
const cov = (players: GradedPlayer[], level: (typeof COVERAGE_LEVELS)[number]): number =>
  players.filter((p) => (p.actual as number) <= (p[level] as number)).length / players.length;
const mae = (players: GradedPlayer[], key: 'mean' | 'avgPoints'): number =>
  players.reduce((s, p) => s + Math.abs((p.actual as number) - ((p[key] as number | null) ?? 0)), 0) / players.length;

await withBenchDatabase(async (url) => {
  const db = createDb(url, { max: 4 });
  const pooled: GradedPlayer[] = [];
  const crps: number[] = [];
  console.log(`NBA DraftKings, ${DATES.length} slates, ${SIMS} sims each, site-average baseline`);
  console.log('date        n    played  MAE   AvgPPG  CRPS   ' + COVERAGE_LEVELS.map((l) => l.padStart(5)).join(' ') + '   (played: ' + COVERAGE_LEVELS.join(' ') + ')');
  try {
    for (const date of DATES) {
      const salaries = `nba_dk_${date}_salaries.csv`;
      const { slateId } = await importSalaryFile(db, readFileSync(join(DIR, salaries)), { site: 'draftkings', fileName: salaries });
      await importResultsFile(db, readFileSync(join(DIR, `nba_dk_${date}_results.csv`)), { site: 'draftkings', slateId });
      const { projectionSetId } = await runProjectionsInline(db, { slateId, sims: SIMS, seed: 20251021 });
      const g = await gradeSlate(db, { slateId, projectionSetId });
      const graded = g.players.filter((p) => !p.captain && p.actual !== null && p.mean !== null);
      pooled.push(...graded);
      if (g.summary.crps !== null) crps.push(g.summary.crps * g.summary.n);
      const played = graded.filter((p) => p.played);
      console.log(`${date}  ${String(g.summary.n).padStart(3)}  ${String(g.summary.played).padStart(6)}  ${f(g.summary.mae)}  ${f(g.summary.baselineMae)}  ${f(g.summary.crps)}  ` +
        COVERAGE_LEVELS.map((l) => f(g.summary.coverage[l]).padStart(5)).join(' ') + '   ' + COVERAGE_LEVELS.map((l) => f(cov(played, l))).join(' '));
    }
    const played = pooled.filter((p) => p.played);
    console.log(`all         ${String(pooled.length).padStart(4)} ${String(played.length).padStart(6)}  ${f(mae(pooled, 'mean'))}  ${f(mae(pooled, 'avgPoints'))}  ${f(crps.reduce((a, b) => a + b, 0) / pooled.length)}  ` +
      COVERAGE_LEVELS.map((l) => f(cov(pooled, l)).padStart(5)).join(' ') + '   ' + COVERAGE_LEVELS.map((l) => f(cov(played, l))).join(' '));
    console.log(`played only: MAE ${f(mae(played, 'mean'))} vs AvgPointsPerGame ${f(mae(played, 'avgPoints'))}; above p99: ${f(1 - cov(played, 'p99'), 3)}`);
  } finally {
    await db.$disconnect();
  }
});
