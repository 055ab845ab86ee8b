import type { LineupModel } from './model/lineup-model.js';
import { findStacks } from './find-stacks.js';
import type { Lineup, LineupSlot } from './types.js';

/** Reads a solution back into a lineup: each chosen column takes the next free slot of its group. */
export function decodeLineup(model: LineupModel, cols: number[], index: number, objectiveCost?: ArrayLike<number>): Lineup {
  const colSet = new Set(cols);
  const nextSlot = model.groups.map(() => 0);
  const slots: LineupSlot[] = [];
  let objective = 0;
  for (const a of model.assign) {
    if (!colSet.has(a.col)) continue;
    const group = model.groups[a.group];
    const player = model.players[a.player];
    if (!group || !player) continue;
    const k = nextSlot[a.group] ?? 0;
    nextSlot[a.group] = k + 1;
    const slotIndex = group.slotIndexes[k] ?? -1;
    slots.push({
      slot: group.name, slotIndex, player,
      points: player.projection * group.pointsMultiplier, salary: player.salary * group.salaryMultiplier,
    });
    objective += objectiveCost ? (objectiveCost[a.col] ?? 0) : player.projection * group.pointsMultiplier;
  }
  slots.sort((x, y) => x.slotIndex - y.slotIndex);
  const owned = slots.map((s) => s.player.ownership);
  return {
    index, slots,
    salary: round(slots.reduce((t, s) => t + s.salary, 0)),
    projection: round(slots.reduce((t, s) => t + s.points, 0)),
    objective: round(objective),
    ownershipSum: owned.every((o) => o === null) ? null : round(owned.reduce<number>((t, o) => t + (o ?? 0), 0)),
    stacks: findStacks(slots.map((s) => s.player)),
  };
}

const round = (v: number): number => Math.round(v * 1e4) / 1e4;
