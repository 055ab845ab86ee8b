import type { ContestRow, ContestRules } from './contest-types.js';
import { eligibleRowsBySlot, slotMultipliers } from './slot-eligibility.js';

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
  const eligible = eligibleRowsBySlot(rows, rules);
  const mult = slotMultipliers(rules);
  const order = [...eligible.keys()].sort((a, b) => eligible[a]!.length - eligible[b]!.length);
  const minSalary = eligible.map((list) => list.reduce((m, r) => Math.min(m, rows[r]!.salary), Infinity));
  const counts = new Float64Array(rows.length);
  const pts = new Float64Array(rows.length);
  const chosen = new Int32Array(rules.slots.length);
  for (let s = 0; s < sims; s++) {
    for (let r = 0; r < rows.length; r++) pts[r] = points(s, rows[r]!.simIndex);
    chosen.fill(-1);
    const used = new Set<number>();
    let salary = 0;
    order.forEach((k, i) => {
      const reserve = order.slice(i + 1).reduce((sum, o) => sum + minSalary[o]!, 0);
      let best = -1;
      for (const r of eligible[k]!) {
        const row = rows[r]!;
        if (used.has(row.simIndex) || salary + row.salary + reserve > rules.salaryCap) continue;
        if (best < 0 || pts[r]! > pts[best]!) best = r;
      }
      if (best < 0) return;
      chosen[k] = best;
      used.add(rows[best]!.simIndex);
      salary += rows[best]!.salary;
    });
    if (chosen.some((r) => r < 0)) continue;
    // Single-swap improvement: replace any slot with a better affordable row.
    for (let pass = 0; pass < 3; pass++) {
      let improved = false;
      for (let k = 0; k < chosen.length; k++) {
        const cur = chosen[k]!;
        let best = cur;
        for (const r of eligible[k]!) {
          const row = rows[r]!;
          if (r === cur || (used.has(row.simIndex) && row.simIndex !== rows[cur]!.simIndex)) continue;
          if (salary - rows[cur]!.salary + row.salary > rules.salaryCap) continue;
          if (pts[r]! * mult[k]! > pts[best]! * mult[k]!) best = r;
        }
        if (best !== cur) {
          used.delete(rows[cur]!.simIndex);
          used.add(rows[best]!.simIndex);
          salary += rows[best]!.salary - rows[cur]!.salary;
          chosen[k] = best;
          improved = true;
        }
      }
      if (!improved) break;
    }
    for (const r of chosen) counts[r]! += 1;
  }
  for (let r = 0; r < rows.length; r++) counts[r] = counts[r]! / Math.max(sims, 1);
  return counts;
}
