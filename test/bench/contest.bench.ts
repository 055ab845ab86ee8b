/**
 * Contest realism (issue 14), on the fixture NBA slates of test/fixtures/results:
 *  - per slate: median simulated winning score vs the real top score (target within 7%) and median simulated
 *    field score vs the real median entry score (within 5%), on >= 80% of slates; the field is also scored on
 *    the actual points (no projection error) as a check of the field model alone;
 *  - ownership MAE vs actual %Drafted (2025-10-26): the estimator vs the salary-and-projection baseline;
 *  - a random field lineup's ROI vs the field's mean ROI; an optimizer top-20 on projections in a 9,803-entry
 *    top-heavy GPP (target: no lineup above +100%);
 *  - speed: 10,000-entry field x 10,000 sims with 150 of our lineups, 2 threads (target <= 10 s).
 * Run: `npm run bench -- contest` (minutes; far longer on a loaded machine); `--quick` skips the optimizer and the
 * speed run, `--speed` runs only the speed run, `--roi` only the ROI checks; `--no-error` runs any of them without
 * the projection-error model (src/sim/contest/projection-error.ts), as the contest was before it.
 */
import { readFileSync } from 'node:fs';
import { parseSalaryFile } from '../../src/ingest/dfs/index.js';
import { optimizeLineups, parseOptimizerRules, playersFromParsedSlate } from '../../src/optimizer/solve.js';
import type { ContestRow, LineupMatrix } from '../../src/sim/contest/contest-types.js';
import { baselineOwnership, estimateOwnership } from '../../src/sim/contest/estimate-ownership.js';
import { estimatePayoutCurve } from '../../src/sim/contest/estimate-payout-curve.js';
import { generateField } from '../../src/sim/contest/generate-field.js';
import { totalPrizes, type PayoutTable } from '../../src/sim/contest/payout-table.js';
import { reduceContest } from '../../src/sim/contest/reduce-contest.js';
import { prepareContest, type ContestSimulationInput } from '../../src/sim/contest/simulate-contest.js';
import { simOptimalFrequency } from '../../src/sim/contest/sim-optimal-frequency.js';
import { summarizeField } from '../../src/sim/contest/summarize-field.js';
import { transposeToSimMajor } from '../../src/sim/contest/transpose-draws.js';
import { scoreContestParallel } from '../../src/sim/workers/run-contest-workers.js';
import type { Bench, BenchMetric } from './bench-support.js';
import { loadContestLines, loadNbaSlate, loadStandings, resultsFixture, simulateNbaDraws, type NbaSlate } from './contest/load-nba-results.js';

const SIMS = 2_000;
const quick = process.argv.includes('--quick');
/** `--no-error`: the contest as it was before the projection-error model (one truth, the projection): the "before". */
const projectionError = process.argv.includes('--no-error') ? { worlds: 1, sd: 0, crowd: 0, informed: 0 } : undefined;

function gpp(fieldSize: number, entryFee = 20): PayoutTable {
  const pool = Math.round(fieldSize * entryFee * 0.85);
  return { name: 'top-heavy GPP', entryFee, fieldSize, source: 'user', tiers: estimatePayoutCurve({ pool, fieldSize, entryFee, firstPrize: null }) };
}

function contestInput(slate: NbaSlate, draws: Float32Array, fieldSize: number, ours: LineupMatrix, seed: number, sims = SIMS): ContestSimulationInput {
  return { sport: 'NBA', rows: slate.rows, rules: slate.rules, payout: gpp(fieldSize), ours, draws, playerCount: slate.playerCount, sims, seed, ownership: 'estimate', ...(projectionError ? { projectionError } : {}) };
}

/** A legal lineup from the generated field of another seed: "ours" when the lineup itself does not matter. */
function someLineups(rows: ContestRow[], slate: NbaSlate, count: number, seed: number): LineupMatrix {
  return generateField(rows.map((r) => ({ ...r, ownership: r.mean > 0 ? 0.05 : 0 })), slate.rules, { sport: 'NBA', entries: count, seed, calibrate: false }).lineups;
}

const pct = (a: number, b: number): number => Math.round((a / b - 1) * 1000) / 10;

async function perSlate(): Promise<{ metrics: BenchMetric[]; table: string[] }> {
  const lines = loadContestLines();
  const known = lines.flatMap((l) => (l.entries ? [l.entries] : [])).sort((a, b) => a - b);
  const typical = known[Math.floor(known.length / 2)]!;
  const table = ['date        entries  real top  sim win p50 (p10-p90)   diff | real median  sim median  diff | on actual pts: top  median'];
  let winHits = 0;
  let medianHits = 0;
  for (const line of lines) {
    const slate = loadNbaSlate(line.date);
    const draws = simulateNbaDraws(slate, SIMS, 7);
    const entries = line.entries ?? typical;
    const input = contestInput(slate, draws, entries, someLineups(slate.rows, slate, 1, 3), 11);
    const prepared = prepareContest(input);
    const simMajor = transposeToSimMajor(draws, slate.playerCount, SIMS, 0, SIMS);
    const partials = await scoreContestParallel(prepared.scoring, simMajor, slate.playerCount, { simStart: 0, simEnd: SIMS }, 2);
    const field = summarizeField(partials, { prizePool: totalPrizes(input.payout), entryFee: input.payout.entryFee, entries, duplicateRate: prepared.fieldStats.duplicateRate });
    // The same field scored on what actually happened.
    const actualScores = Array.from({ length: prepared.field.entryCount }, (_, e) => {
      let s = 0;
      for (let k = 0; k < 8; k++) s += slate.fpts[prepared.field.rows[e * 8 + k]!]!;
      return s;
    }).sort((a, b) => a - b);
    const actualTop = actualScores[actualScores.length - 1]!;
    const actualMedian = actualScores[Math.floor(actualScores.length / 2)]!;
    const dWin = pct(field.winningScore.p50, line.topScore);
    const dMed = pct(field.medianScore, line.medianScore);
    if (Math.abs(dWin) <= 7) winHits++;
    if (Math.abs(dMed) <= 5) medianHits++;
    table.push(`${line.date}  ${String(entries).padStart(7)}${line.entries ? ' ' : '*'} ${line.topScore.toFixed(1).padStart(8)}  ${field.winningScore.p50.toFixed(1).padStart(7)} (${field.winningScore.p10.toFixed(0)}-${field.winningScore.p90.toFixed(0)})  ${dWin.toFixed(1).padStart(6)}% | ${line.medianScore.toFixed(1).padStart(10)}  ${field.medianScore.toFixed(1).padStart(10)}  ${dMed.toFixed(1).padStart(5)}% | ${actualTop.toFixed(1).padStart(18)}  ${actualMedian.toFixed(1).padStart(6)}  dup ${(prepared.fieldStats.duplicateRate * 100).toFixed(1)}%`);
  }
  table.push('* entries not in the fixture: the median of the known contests');
  const n = lines.length;
  return {
    table,
    metrics: [
      { name: 'contest: slates with sim winning score within 7% of real', value: Math.round((winHits / n) * 100), unit: '%', note: `${winHits}/${n}; target >= 80%` },
      { name: 'contest: slates with sim median score within 5% of real', value: Math.round((medianHits / n) * 100), unit: '%', note: `${medianHits}/${n}; target >= 80%` },
    ],
  };
}

function ownershipMae(): BenchMetric[] {
  const slate = loadNbaSlate('2025-10-26');
  const standings = loadStandings();
  const index = new Map(slate.names.map((n, i) => [n, i]));
  const actual = new Float64Array(slate.playerCount);
  for (const p of standings.players) {
    const i = index.get(p.name);
    if (i !== undefined) actual[i] = p.drafted;
  }
  const sims = 1000;
  const draws = simulateNbaDraws(slate, sims, 1026);
  const freq = simOptimalFrequency(slate.rows, slate.rules, 300, (s, p) => draws[p * sims + s]!);
  const mae = (own: Float64Array): number => {
    let s = 0;
    let n = 0;
    for (let i = 0; i < own.length; i++) {
      if (slate.rows[i]!.mean <= 0 && actual[i] === 0) continue;
      s += Math.abs(own[i]! - actual[i]!);
      n++;
    }
    return Math.round((s / n) * 10_000) / 100;
  };
  const base = mae(baselineOwnership(slate.rows, slate.rules));
  return [
    { name: 'contest: ownership MAE vs actual %Drafted, estimator', value: mae(estimateOwnership(slate.rows, slate.rules, freq)), unit: 'pts', target: base, note: `baseline salary+projection ${base}; LineStar's own projection ${mae(slate.lineStarOwnership)}` },
  ];
}

async function roiChecks(): Promise<BenchMetric[]> {
  const slate = loadNbaSlate('2025-10-26');
  const sims = 5_000;
  const draws = simulateNbaDraws(slate, sims, 26);
  const site = parseSalaryFile(readFileSync(resultsFixture('nba_dk_2025-10-26_salaries.csv')), { site: 'draftkings', fileName: 'DKSalaries.csv' });
  const projections = new Map(slate.rows.map((r, i) => [String(7251026000 + i), { points: r.mean }]));
  const players = playersFromParsedSlate(site.players, site.games, { projections }).filter((p) => p.projection > 0);
  const built = await optimizeLineups(players, slate.rules, parseOptimizerRules({ lineups: 20 }));
  const idToRow = new Map(site.players.map((p, i) => [p.sitePlayerId, i]));
  const ours: LineupMatrix = { slotCount: 8, entryCount: built.lineups.length, rows: Int32Array.from(built.lineups.flatMap((l) => [...l.slots].sort((a, b) => a.slotIndex - b.slotIndex).map((s) => idToRow.get(s.player.id)!))) };
  const input = contestInput(slate, draws, 9_803, ours, 5, sims);
  const prepared = prepareContest(input);
  const simMajor = transposeToSimMajor(draws, slate.playerCount, sims, 0, sims);
  const pool = totalPrizes(input.payout);
  const meanRoi = pool / (input.payout.entryFee * input.payout.fieldSize) - 1;
  const results = reduceContest(await scoreContestParallel(prepared.scoring, simMajor, slate.playerCount, { simStart: 0, simEnd: sims }, 2), sims, input.payout.entryFee, prepared.duplicates);
  // 500 field entries at random, scored as if ours (their own places in the field).
  const picks = Int32Array.from({ length: 500 }, (_, i) => Math.floor(((i * 2654435761) % 2 ** 32) / 2 ** 32 * prepared.field.entryCount));
  const randomScoring = { ...prepared.scoring, ours: picks };
  const random = reduceContest(await scoreContestParallel(randomScoring, simMajor, slate.playerCount, { simStart: 0, simEnd: sims }, 2), sims, input.payout.entryFee, new Int32Array(picks.length));
  const randomMean = random.reduce((s, r) => s + r.roi, 0) / random.length;
  const best = Math.max(...results.map((r) => r.roi));
  return [
    { name: 'contest: random field lineups mean ROI minus field mean ROI', value: Math.round((randomMean - meanRoi) * 1000) / 10, unit: 'pts', target: 5, note: `500 random field entries ${(randomMean * 100).toFixed(1)}%, field mean ${(meanRoi * 100).toFixed(1)}%` },
    { name: 'contest: optimizer top-20 on projections, best ROI (9,803-entry GPP)', value: Math.round(best * 1000) / 10, unit: '%', target: 100, note: `mean ${((results.reduce((s, r) => s + r.roi, 0) / results.length) * 100).toFixed(1)}%, cash ${((results.reduce((s, r) => s + r.cashRate, 0) / results.length) * 100).toFixed(1)}%, dupes ${results.map((r) => r.duplicates).join('/')}` },
  ];
}

async function speed(): Promise<BenchMetric[]> {
  const slate = loadNbaSlate('2025-10-26');
  const sims = 10_000;
  const draws = simulateNbaDraws(slate, sims, 9);
  const ours = someLineups(slate.rows, slate, 150, 99);
  const t0 = performance.now();
  const input = contestInput(slate, draws, 10_150, ours, 1, sims);
  const prepared = prepareContest(input);
  const t1 = performance.now();
  const simMajor = transposeToSimMajor(draws, slate.playerCount, sims, 0, sims);
  const partials = await scoreContestParallel(prepared.scoring, simMajor, slate.playerCount, { simStart: 0, simEnd: sims }, 2);
  reduceContest(partials, sims, input.payout.entryFee, prepared.duplicates);
  const t2 = performance.now();
  return [{ name: 'contest: 10,000 field + 150 ours x 10,000 sims, 2 threads', value: Math.round(t2 - t0), unit: 'ms', target: 10_000, note: `field + ownership ${Math.round(t1 - t0)} ms, scoring ${Math.round(t2 - t1)} ms` }];
}

async function run(): Promise<BenchMetric[]> {
  if (process.argv.includes('--speed')) return speed();
  if (process.argv.includes('--roi')) return roiChecks();
  const { metrics, table } = await perSlate();
  process.stderr.write(`${table.join('\n')}\n`);
  const out = [...metrics, ...ownershipMae()];
  if (!quick) out.push(...(await roiChecks()), ...(await speed()));
  return out;
}

export const bench: Bench = { name: 'contest', run };
