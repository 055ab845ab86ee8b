import type { ContestRow, ContestRules } from './contest-types.js';
import { eligibleRowsBySlot } from './slot-eligibility.js';

/** How strongly the field chases value and projection, and how much it follows the sims' best lineups. */
export interface OwnershipModel {
  /** Weight of the slate z-score of value (points per 1,000 salary). */
  value: number;
  /** Weight of the slate z-score of projection. */
  projection: number;
  /** Share of the estimate taken from sim-optimal frequencies (when given). */
  simOptimal: number;
}

/**
 * Fitted on the DraftKings NBA contest of 2025-10-26 (9,803 entries, each player's actual %Drafted; source
 * test/fixtures/results/SOURCES.md), by grid search for the lowest MAE: `npx tsx test/bench/contest-fit.ts`.
 * Scores are slate z-scores, so the same weights carry across sports whose value scales differ (NFL ~3 points
 * per $1,000, NBA ~5). Real fields spread ownership wider than a steep value softmax: weights near 1.
 * Grid result: blending in sim-optimal frequencies did not help on this contest (0.25 worse than 0), so its weight
 * is 0 and they are not computed. With the shares capped at 100% as below, `npm run bench -- contest --quick`
 * measures MAE 3.28 points of %Drafted (the baseline 3.99; LineStar's own projection 3.12); second opinion on 7
 * other slates (MAE vs LineStar's projected ownership, not truth): 3.03 vs the baseline's 4.04.
 */
export const FITTED_OWNERSHIP: OwnershipModel = { value: 1.4, projection: 0.8, simOptimal: 0 };

/**
 * Projected ownership when none was uploaded. Within each slot's candidates, a softmax of the slate z-scores of
 * value and projection spreads that slot's one entry-share; where sim-optimal frequencies exist they are blended
 * in (fields chase the players the sims like). Each row's ownership is the sum over slots, so the total is the
 * number of roster slots, as on real contests.
 */
export function estimateOwnership(rows: readonly ContestRow[], rules: ContestRules, simOptimal?: Float64Array, model: OwnershipModel = FITTED_OWNERSHIP): Float64Array {
  const live = rows.filter((r) => r.mean > 0 && r.salary > 0);
  const z = (values: number[]): ((x: number) => number) => {
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(values.length, 1)) || 1;
    return (x) => (x - mean) / sd;
  };
  const zValue = z(live.map((r) => r.mean / (r.salary / 1000)));
  const zMean = z(live.map((r) => r.mean));
  const own = slotSoftmax(rows, rules, (row) => model.value * zValue(row.mean / (row.salary / 1000)) + model.projection * zMean(row.mean));
  return blendSimOptimal(own, rules, simOptimal, model.simOptimal);
}

/**
 * The salary-and-projection-only model the estimator must beat: a softmax of raw projection and value per slot
 * (0.12 x points + 0.9 x points per $1,000), no sim information. Kept as the baseline of the ownership check.
 */
export function baselineOwnership(rows: readonly ContestRow[], rules: ContestRules): Float64Array {
  return slotSoftmax(rows, rules, (row) => 0.12 * row.mean + 0.9 * (row.mean / (row.salary / 1000)));
}

function slotSoftmax(rows: readonly ContestRow[], rules: ContestRules, score: (row: ContestRow) => number): Float64Array {
  const eligible = eligibleRowsBySlot(rows, rules);
  // Slots with the same candidates (WR, WR, WR) form one group that hands out one entry-share per slot.
  const groups = new Map<string, { list: Int32Array; slots: number }>();
  for (const list of eligible) {
    const key = Array.from(list).join(',');
    const g = groups.get(key);
    if (g) g.slots++;
    else groups.set(key, { list, slots: 1 });
  }
  const own = new Float64Array(rows.length);
  // Narrow groups first (RB before FLEX): a row's share is capped by what the earlier groups left of its 100%.
  const ordered = [...groups.values()].sort((a, b) => a.list.length - b.list.length);
  for (const { list, slots } of ordered) {
    const scores = Array.from(list, (r) => {
      const row = rows[r]!;
      return row.mean > 0 && row.salary > 0 ? score(row) : -Infinity;
    });
    const max = Math.max(...scores);
    if (!Number.isFinite(max)) continue;
    const shares = cappedShares(scores.map((s) => Math.exp(s - max)), slots, Array.from(list, (r) => Math.max(1 - own[r]!, 0)));
    list.forEach((r, i) => (own[r] = own[r]! + shares[i]!));
  }
  for (let r = 0; r < own.length; r++) own[r] = Math.min(own[r]!, 1);
  return own;
}

/** `total` entry-shares spread in proportion to the weights, no row above its cap (the excess goes to the others). */
function cappedShares(weights: number[], total: number, caps: number[]): number[] {
  const shares = new Array<number>(weights.length).fill(0);
  const capped = new Array<boolean>(weights.length).fill(false);
  let left = total;
  for (let round = 0; round < weights.length && left > 1e-12; round++) {
    const free = weights.reduce((s, w, i) => (capped[i] ? s : s + w), 0);
    if (free <= 0) break;
    let over = false;
    weights.forEach((w, i) => {
      if (capped[i]) return;
      shares[i] = (w / free) * left;
    });
    weights.forEach((_, i) => {
      if (!capped[i] && shares[i]! > caps[i]!) {
        shares[i] = caps[i]!;
        capped[i] = true;
        over = true;
      }
    });
    if (!over) break;
    left = total - shares.reduce((s, x, i) => (capped[i] ? s + x : s), 0);
  }
  return shares;
}

function blendSimOptimal(own: Float64Array, rules: ContestRules, simOptimal: Float64Array | undefined, blend: number): Float64Array {
  if (!simOptimal) return own;
  const slots = rules.slots.length;
  const optTotal = simOptimal.reduce((a, b) => a + b, 0);
  const out = new Float64Array(own.length);
  for (let r = 0; r < own.length; r++) {
    const opt = optTotal > 0 ? (simOptimal[r]! * slots) / optTotal : 0;
    out[r] = Math.min((1 - blend) * own[r]! + blend * opt, 1);
  }
  return out;
}
