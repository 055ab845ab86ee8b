/**
 * The evidence FITTED_PROJECTION_ERROR (src/sim/contest/projection-error.ts) is set from, on the 15 fixture NBA
 * slates: how far actual points miss the projection (relative residual sd), and how much better the real field's
 * median entry scored, in actual points, than a field generated from the projections alone (no projection
 * error): the crowd's gain, about crowd x sd.
 */
import { estimateOwnership } from '../../../src/sim/contest/estimate-ownership.js';
import { generateField } from '../../../src/sim/contest/generate-field.js';
import { loadContestLines, loadNbaSlate } from './load-nba-results.js';

export function printProjectionErrorEvidence(entries = 3000): void {
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
    console.log(`${line.date}: real median ${line.medianScore}, generated field's median on actual points ${median.toFixed(1)} (${((line.medianScore / median - 1) * 100).toFixed(1)}%)`);
  }
  const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
  console.log(`relative residual sd (actual vs projection, players projected > 0): ${(Math.sqrt(sq / n) / (proj / n)).toFixed(3)}`);
  console.log(`real median over the generated field's (actual points): mean +${(mean * 100).toFixed(1)}%, above on ${gains.filter((g) => g > 0).length}/${gains.length} slates: crowd x sd ~ ${mean.toFixed(3)}`);
}
