/**
 * The evidence FITTED_PROJECTION_ERROR (src/sim/contest/projection-error.ts) is set from, on the 15 fixture NBA
 * slates: how far actual points miss the projection (relative residual sd), and how much better the real field's
 * median entry scored, in actual points, than a field generated from the projections alone (no projection
 * error): the crowd's gain, about crowd x sd; and where the optimizer's top 20 on the projections landed (actual
 * points) against the real median entry.
 */
import { readFileSync } from 'node:fs';
import { parseSalaryFile } from '../../../src/ingest/dfs/index.js';
import { optimizeLineups, parseOptimizerRules, playersFromParsedSlate } from '../../../src/optimizer/solve.js';
import { estimateOwnership } from '../../../src/sim/contest/estimate-ownership.js';
import { generateField } from '../../../src/sim/contest/generate-field.js';
import { loadContestLines, loadNbaSlate, resultsFixture, type NbaSlate } from './load-nba-results.js';

/** Actual points of the optimizer's top 20 on the projections: the median of the 20. */
async function optimizerTop20Actual(slate: NbaSlate): Promise<number> {
  const site = parseSalaryFile(readFileSync(resultsFixture(`nba_dk_${slate.date}_salaries.csv`)), { site: 'draftkings', fileName: 'DKSalaries.csv' });
  const rowOf = new Map(site.players.map((p, i) => [p.sitePlayerId, i]));
  const projections = new Map(slate.rows.map((r, i) => [site.players[i]!.sitePlayerId, { points: r.mean }]));
  const players = playersFromParsedSlate(site.players, site.games, { projections }).filter((p) => p.projection > 0);
  const built = await optimizeLineups(players, slate.rules, parseOptimizerRules({ lineups: 20 }));
  const actual = built.lineups.map((l) => l.slots.reduce((s, x) => s + slate.fpts[rowOf.get(x.player.id)!]!, 0)).sort((a, b) => a - b);
  return actual[Math.floor(actual.length / 2)]!;
}

export async function printProjectionErrorEvidence(entries = 3000): Promise<void> {
  const optimizerGaps: number[] = [];
  let sq = 0;
  let proj = 0;
  let n = 0;
  const gains: number[] = [];
  for (const line of loadContestLines()) {
    const slate = loadNbaSlate(line.date);
    slate.rows.forEach((r, i) => {
      if (r.mean <= 0) return;
      sq += (slate.fpts[i]! - r.mean) ** 2;
      proj += r.mean;
      n++;
    });
    const own = estimateOwnership(slate.rows, slate.rules);
    const field = generateField(slate.rows.map((r, i) => ({ ...r, ownership: own[i]! })), slate.rules, { sport: 'NBA', entries, seed: 5 });
    const k = field.lineups.slotCount;
    const actual = Array.from({ length: field.lineups.entryCount }, (_, e) => {
      let s = 0;
      for (let j = 0; j < k; j++) s += slate.fpts[field.lineups.rows[e * k + j]!]!;
      return s;
    }).sort((a, b) => a - b);
    const median = actual[Math.floor(actual.length / 2)]!;
    gains.push(line.medianScore / median - 1);
    const ours = await optimizerTop20Actual(slate);
    optimizerGaps.push(ours - line.medianScore);
    console.log(`${line.date}: real median ${line.medianScore}, generated field's median on actual points ${median.toFixed(1)} (${((line.medianScore / median - 1) * 100).toFixed(1)}%), optimizer top 20 ${ours.toFixed(1)}`);
  }
  const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
  console.log(`relative residual sd (actual vs projection, players projected > 0): ${(Math.sqrt(sq / n) / (proj / n)).toFixed(3)}`);
  console.log(`real median over the generated field's (actual points): mean +${(mean * 100).toFixed(1)}%, above on ${gains.filter((g) => g > 0).length}/${gains.length} slates: crowd x sd ~ ${mean.toFixed(3)}`);
  const gap = optimizerGaps.reduce((a, b) => a + b, 0) / optimizerGaps.length;
  console.log(`optimizer top 20 on the projections minus the real median (actual points): mean ${gap.toFixed(1)}, below on ${optimizerGaps.filter((g) => g < 0).length}/${optimizerGaps.length} slates`);
}
