import type { ContestRow, ContestRules } from './contest-types.js';
import { BestLineupFinder } from './best-lineup.js';

/**
 * How often each row is in the best lineup of a simulation, over `sims` sampled sims. The best lineup is found
 * greedily (highest points per slot under the cap, most specific slots first) and then improved by single
 * swaps until none helps: a fast heuristic, good enough to rank who the "sim-optimal" lineups keep using.
 * `points(sim, simIndex)` returns a player's points in a sim.
 */
export function simOptimalFrequency(
  rows: readonly ContestRow[],
  rules: ContestRules,
  sims: number,
  points: (sim: number, simIndex: number) => number,
): Float64Array {
  const finder = new BestLineupFinder(rows, rules);
  const counts = new Float64Array(rows.length);
  const pts = new Float64Array(rows.length);
  for (let s = 0; s < sims; s++) {
    for (let r = 0; r < rows.length; r++) pts[r] = points(s, rows[r]!.simIndex);
    const chosen = finder.find(pts);
    if (chosen) for (const r of chosen) counts[r]! += 1;
  }
  for (let r = 0; r < rows.length; r++) counts[r] = counts[r]! / Math.max(sims, 1);
  return counts;
}
