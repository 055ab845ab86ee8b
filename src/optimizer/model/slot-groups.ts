import type { RosterSlot, SiteRules } from '../../core/site-rules.js';
import type { OptimizerPlayer } from '../types.js';

/** Identical slots merged: NFL's two RB slots become one group with count 2. */
export interface SlotGroup {
  name: string;
  eligible: Set<string>;
  count: number;
  slotIndexes: number[];
  pointsMultiplier: number;
  salaryMultiplier: number;
  captain: boolean;
}

const slotKey = (s: RosterSlot): string =>
  `${s.name}|${[...s.eligible].sort().join(',')}|${s.pointsMultiplier ?? 1}|${s.salaryMultiplier ?? 1}`;

/** Groups the site's slots, keeping slot order for decoding. */
export function groupSlots(rules: SiteRules): SlotGroup[] {
  const byKey = new Map<string, SlotGroup>();
  rules.slots.forEach((slot, i) => {
    const key = slotKey(slot);
    const found = byKey.get(key);
    if (found) {
      found.count += 1;
      found.slotIndexes.push(i);
      return;
    }
    const pointsMultiplier = slot.pointsMultiplier ?? 1;
    byKey.set(key, {
      name: slot.name, eligible: new Set(slot.eligible), count: 1, slotIndexes: [i], pointsMultiplier,
      salaryMultiplier: slot.salaryMultiplier ?? 1, captain: pointsMultiplier > 1,
    });
  });
  return [...byKey.values()];
}

/** True for a DK showdown captain row (its roster positions name a captain slot). */
export function isCaptainRow(player: OptimizerPlayer, groups: SlotGroup[]): boolean {
  return groups.some((g) => g.captain && player.rosterPositions.includes(g.name));
}

/** The slot groups a row may fill: by natural position, and on captain-row sites captain rows only as captain. */
export function eligibleGroups(player: OptimizerPlayer, groups: SlotGroup[], rules: SiteRules): number[] {
  const captainRow = rules.captainRows && isCaptainRow(player, groups);
  const out: number[] = [];
  groups.forEach((g, i) => {
    if (!player.positions.some((p) => g.eligible.has(p))) return;
    if (rules.captainRows && g.captain !== captainRow) return;
    out.push(i);
  });
  return out;
}
