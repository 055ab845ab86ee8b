import type { ContestRow, ContestRules } from './contest-types.js';

/** True when slot `k` is a captain/MVP slot (multiplies points). */
export function isCaptainSlot(rules: ContestRules, k: number): boolean {
  return (rules.slots[k]?.pointsMultiplier ?? 1) > 1;
}

/**
 * Rows that may fill each slot: natural position in the slot's list, and on sites with captain rows, captain
 * rows only in captain slots and plain rows only elsewhere.
 */
export function eligibleRowsBySlot(rows: readonly ContestRow[], rules: ContestRules): Int32Array[] {
  return rules.slots.map((slot, k) => {
    const captain = isCaptainSlot(rules, k);
    const list: number[] = [];
    rows.forEach((row, i) => {
      if (rules.captainRows && row.captainRow !== captain) return;
      if (row.positions.some((p) => slot.eligible.includes(p))) list.push(i);
    });
    return Int32Array.from(list);
  });
}

/** Points multiplier per slot (1 unless the slot is a captain/MVP/STAR slot). */
export function slotMultipliers(rules: ContestRules): Float32Array {
  return Float32Array.from(rules.slots.map((s) => s.pointsMultiplier ?? 1));
}
