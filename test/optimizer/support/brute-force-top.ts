import type { SiteRules } from '../../../src/core/site-rules.js';
import type { OptimizerPlayer } from '../../../src/optimizer/types.js';
import { checkSiteRules, rosterPoints } from './check-lineup.js';

/**
 * The best `n` distinct rosters (by their set of people) by exhaustive search, written without the optimizer's
 * code: every way to fill the slots in order is tried (equal slots take rows in increasing order), checked with
 * checkSiteRules, and kept per set of people at its best points. Only a branch that cannot beat the n-th best
 * (each open slot's best row, nothing else) is skipped. Returns the points, best first.
 */
export function bruteForceTop(all: OptimizerPlayer[], rules: SiteRules, n: number): number[] {
  const bestBySet = new Map<string, number>();
  const top: number[] = [];
  const threshold = (): number => (top.length < n ? Number.NEGATIVE_INFINITY : (top[n - 1] ?? Number.NEGATIVE_INFINITY));
  const chosen: OptimizerPlayer[] = [];
  const chosenIdx: number[] = [];
  const slotMax = rules.slots.map((s) => Math.max(0, ...all.filter((p) => p.positions.some((x) => s.eligible.includes(x))).map((p) => p.projection * (s.pointsMultiplier ?? 1))));
  const rest = slotMax.map((_, i) => slotMax.slice(i).reduce((t, v) => t + v, 0));
  let points = 0;
  const walk = (slot: number, salary: number): void => {
    if (salary > rules.salaryCap) return;
    if (points + (rest[slot] ?? 0) < threshold() - 1e-9) return;
    if (slot === rules.slots.length) {
      if (checkSiteRules(chosen, rules.slots.map((s) => s.name), rules).length > 0) return;
      const value = rosterPoints(chosen, rules);
      const key = chosen.map((p) => p.playerKey).sort().join('|');
      const held = bestBySet.get(key);
      if (held !== undefined && held >= value) return;
      bestBySet.set(key, value);
      const at = held === undefined ? -1 : top.indexOf(held);
      if (at >= 0) top.splice(at, 1);
      top.push(value);
      top.sort((a, b) => b - a);
      if (top.length > n * 4) top.length = n * 4;
      return;
    }
    const s = rules.slots[slot];
    if (!s) return;
    const prev = rules.slots[slot - 1];
    const sameAsPrev = prev !== undefined && prev.name === s.name && (prev.pointsMultiplier ?? 1) === (s.pointsMultiplier ?? 1);
    const start = sameAsPrev ? (chosenIdx[slot - 1] ?? -1) + 1 : 0;
    for (let i = start; i < all.length; i += 1) {
      const p = all[i];
      if (!p || !p.positions.some((x) => s.eligible.includes(x))) continue;
      if (rules.captainRows && p.rosterPositions.includes('CPT') !== (s.pointsMultiplier ?? 1) > 1) continue;
      if (chosen.some((c) => c.playerKey === p.playerKey)) continue;
      chosen.push(p);
      chosenIdx.push(i);
      points += p.projection * (s.pointsMultiplier ?? 1);
      walk(slot + 1, salary + p.salary * (s.salaryMultiplier ?? 1));
      points -= p.projection * (s.pointsMultiplier ?? 1);
      chosen.pop();
      chosenIdx.pop();
    }
  };
  walk(0, 0);
  return top.slice(0, n);
}
