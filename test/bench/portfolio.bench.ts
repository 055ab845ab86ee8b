/**
 * Portfolio benchmark (issue 15): the DK NFL 2022-11-20 main slate (563 players), one 150-entry contest of
 * 10,000 entries at $20 with a top-heavy payout, 10,000 sims, a pool of 3,000 sim-draw lineups, 150 chosen by
 * marginal portfolio return (max exposure 50%); target <= 90 s end to end (simulate, pool, field, score, select,
 * fill). Also prints the portfolio's simulated ROI next to the same 150 taken by projection rank on the same sims.
 * Run alone with `npx tsx test/bench/portfolio.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createWorkerBackend, parseOptimizerRules } from '../../src/optimizer/solve.js';
import { loadFilesSlate, runPortfolio } from '../../src/portfolio/index.js';
import { estimatePayoutCurve } from '../../src/sim/contest/estimate-payout-curve.js';
import type { Bench, BenchMetric } from './bench-support.js';

const SALARIES = new URL('../fixtures/optimizer/dk_nfl_classic_2022-11-20_DKSalaries.csv', import.meta.url).pathname;
const ENTRIES = 150;
const FIELD = 10_000;
const FEE = 20;

function entriesFile(): string {
  const header = 'Entry ID,Contest Name,Contest ID,Entry Fee,QB,RB,RB,WR,WR,WR,TE,FLEX,DST';
  const rows = Array.from({ length: ENTRIES }, (_, i) => `${4_000_000_000 + i},NFL $170K Bench Special,999000111,$${FEE},,,,,,,,,`);
  return [header, ...rows].join('\n') + '\n';
}

function payoutCsv(): string {
  const tiers = estimatePayoutCurve({ pool: FIELD * FEE * 0.85, fieldSize: FIELD, entryFee: FEE, firstPrize: 20_000 });
  return ['place_from,place_to,prize', ...tiers.map((t) => `${t.minPosition},${t.maxPosition},${t.amount}`)].join('\n') + '\n';
}

async function run(): Promise<BenchMetric[]> {
  const sims = Number(process.env.PORTFOLIO_SIMS ?? 10_000);
  const pool = Number(process.env.PORTFOLIO_POOL ?? 3_000);
  const t0 = performance.now();
  const slate = await loadFilesSlate({ site: 'draftkings', salaries: { bytes: readFileSync(SALARIES), path: SALARIES }, sims, seed: 7 });
  const t1 = performance.now();
  const backend = createWorkerBackend(2);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 200);
  try {
    const stages: string[] = [];
    const result = await runPortfolio({
      slate, entriesText: entriesFile(), contestSources: { fallback: { fieldSize: FIELD, payoutCsv: payoutCsv() } },
      rules: parseOptimizerRules({ exposure: { maxPlayer: 0.5 } }), poolSize: pool, precision: 8, seed: 11, backend,
      onStage: (s) => stages.push(`${Math.round(performance.now() - t0)} ms ${s}`),
    });
    const t2 = performance.now();
    const c = result.contests[0]!;
    const maxShare = Math.max(...c.exposure.map((x) => x.share));
    return [
      { name: 'portfolio: simulate 563 players x sims', value: Math.round(t1 - t0), unit: 'ms' },
      { name: `portfolio: pool of ${pool} sim-draw lineups`, value: Math.round(result.seconds.pool * 1000), unit: 'ms', note: `${result.pool} distinct` },
      { name: 'portfolio: field, score pool x sims, choose 150', value: Math.round(result.seconds.contests * 1000), unit: 'ms' },
      {
        name: `portfolio: DK NFL 150 of ${FIELD} entries, ${sims} sims, pool ${pool} (total)`, value: Math.round(t2 - t0), unit: 'ms', target: 90_000,
        note: `ROI portfolio ${(c.portfolio.roi * 100).toFixed(1)}% vs by projection ${(c.byProjection.roi * 100).toFixed(1)}%; cash ${(c.portfolio.cashRate * 100).toFixed(1)}% vs ${(c.byProjection.cashRate * 100).toFixed(1)}%; ` +
          `max exposure ${(maxShare * 100).toFixed(0)}% (cap 50%); peak RSS ${Math.round(peak / 2 ** 20)} MB`,
      },
    ];
  } finally {
    clearInterval(timer);
    await backend.close();
  }
}

export const bench: Bench = { name: 'portfolio', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const metrics = await run();
  for (const m of metrics) console.log(`${m.name}: ${m.value} ${m.unit}${m.target ? ` (target <= ${m.target})` : ''}${m.note ? ` — ${m.note}` : ''}`);
}
