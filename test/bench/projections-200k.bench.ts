/**
 * Issue 18 item 6: a 200,000-sim projections run (the documented maximum) on the real DK NFL 2022-11-20 main slate
 * (563 players) through the same plan -> chunks -> reduce steps the jobs run, against PostgreSQL. Reports wall
 * time, the reduce's time and the process's peak resident memory (maxRSS), and checks the stored set is complete.
 * Run alone: `DATABASE_URL=postgres://... npm run bench -- projections-200k` (about two minutes).
 */
import { createDb } from '../../src/core/db.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { loadDkRows } from '../sim/support/load-dk-slate.js';
import { seedDkSlate } from '../sim/support/seed-slate.js';
import { withBenchDatabase, type Bench, type BenchMetric } from './bench-support.js';

const SIMS = 200_000;

async function run(): Promise<BenchMetric[]> {
  const rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv');
  return withBenchDatabase(async (url) => {
    const db = createDb(url, { max: 4 });
    try {
      const { slateId } = await seedDkSlate(db, rows);
      const rssBefore = process.memoryUsage().rss;
      let chunksAt = 0;
      const t0 = performance.now();
      const out = await runProjectionsInline(db, { slateId, sims: SIMS, seed: 20221120 }, (done, total) => {
        if (done === total) chunksAt = performance.now();
      });
      const t1 = performance.now();
      const peakRss = process.resourceUsage().maxRSS * 1024;
      const set = await db.projectionSet.findUniqueOrThrow({ where: { id: out.projectionSetId }, select: { drawCount: true, _count: { select: { projections: true } } } });
      const blocks = await db.projectionDrawBlock.aggregate({ where: { projectionSetId: out.projectionSetId }, _sum: { rowCount: true }, _count: true });
      const run = await db.simulationRun.findUniqueOrThrow({ where: { id: out.runId }, select: { status: true } });
      if (run.status !== 'done' || set.drawCount !== SIMS || blocks._sum.rowCount !== rows.length || set._count.projections !== rows.length) {
        throw new Error(`incomplete run: ${JSON.stringify({ run, set, blocks })}`);
      }
      const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
      return [
        { name: `projections 200k: whole run (${rows.length} players, plan + ${Math.ceil(SIMS / 2500)} chunks + reduce)`, value: Math.round((t1 - t0) / 1000), unit: 's' },
        { name: 'projections 200k: reduce (summaries + draw blocks + done)', value: Math.round((t1 - chunksAt) / 1000), unit: 's' },
        { name: 'projections 200k: peak RSS of the process', value: mb(peakRss), unit: 'MB', note: `RSS before the run ${mb(rssBefore)} MB; ${blocks._count} draw blocks, ${mb(rows.length * SIMS * 4)} MB of draws stored` },
      ];
    } finally {
      await db.$disconnect();
    }
  });
}

export const bench: Bench = { name: 'projections-200k', run };
