import type { ContestRow, ContestRules } from './contest-types.js';
import { eligibleRowsBySlot } from './slot-eligibility.js';

/**
 * Projected ownership when none was uploaded. Within each slot's candidates, a softmax of projection and value
 * (points per 1,000 salary) spreads that slot's one entry-share; where sim-optimal frequencies exist they are
 * blended in (fields chase the players the sims like). Each row's ownership is the sum over slots, so the
 * total is the number of roster slots, as on real contests.
 */
export function estimateOwnership(rows: readonly ContestRow[], rules: ContestRules, simOptimal?: Float64Array, blend = 0.5): Float64Array {
  const eligible = eligibleRowsBySlot(rows, rules);
  const own = new Float64Array(rows.length);
  // Slots sharing a candidate list (WR, WR, WR) share one distribution; FLEX gets its own.
  for (const list of eligible) {
    const scores = Array.from(list, (r) => {
      const row = rows[r]!;
      const value = row.salary > 0 ? row.mean / (row.salary / 1000) : 0;
      return row.mean > 0 ? 0.12 * row.mean + 0.9 * value : -Infinity;
    });
    const max = Math.max(...scores);
    if (!Number.isFinite(max)) continue;
    const weights = scores.map((s) => Math.exp(s - max));
    const total = weights.reduce((a, b) => a + b, 0);
    list.forEach((r, i) => (own[r] = own[r]! + weights[i]! / total));
  }
  if (!simOptimal) return own;
  const slots = rules.slots.length;
  const optTotal = simOptimal.reduce((a, b) => a + b, 0);
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const opt = optTotal > 0 ? (simOptimal[r]! * slots) / optTotal : 0;
    out[r] = Math.min((1 - blend) * own[r]! + blend * opt, 1);
  }
  return out;
}
