import type { LineupModel } from '../model/lineup-model.js';

/** A slice of the lineup space: the model with `forceCols` fixed to 1. Slices cover every lineup. */
export interface Partition {
  key: string;
  forceCols: number[];
  /** Fast mode: columns of players left out of this slice's pool (dominated elsewhere, not in its stack). */
  banCols?: number[];
}

/**
 * Splits the lineup space so each solve is small and carries few cuts: by the team (or game/line) carrying the
 * first stack rule, else by the player in the roster's first one-player slot (QB, CPT, MVP...), else one slice.
 * Every lineup lies in at least one slice, so the best slice optimum is the true optimum.
 */
export function choosePartitions(model: LineupModel): Partition[] {
  const stack = model.stackCols.filter((s) => s.rule === 0);
  if (stack.length > 1) return stack.map((s) => ({ key: `stack:${s.key}`, forceCols: [s.col] }));

  let best: { group: number; cols: number[] } | null = null;
  model.groups.forEach((g, gi) => {
    if (g.count !== 1) return;
    const cols = model.assign.filter((a) => a.group === gi).map((a) => a.col);
    if (cols.length > 1 && (best === null || cols.length < best.cols.length)) best = { group: gi, cols };
  });
  const chosen = best as { group: number; cols: number[] } | null;
  if (chosen) return chosen.cols.map((c) => ({ key: `slot:${c}`, forceCols: [c] }));
  return [{ key: 'all', forceCols: [] }];
}

/**
 * Fast mode: each stack slice keeps only its stack team's (and bring-back opponent's) players plus the players
 * `keep` says matter anywhere (not dominated); the rest are fixed to 0 in that slice, so its model is small.
 * Only for team stacks, where a slice is "this team carries the stack".
 */
export function restrictPartitions(model: LineupModel, partitions: Partition[], keep: Set<string>): Partition[] {
  const rule = model.rules.stacks[0];
  if (!rule || (rule.kind !== 'team' && rule.kind !== 'team-sizes')) return partitions;
  const bringBack = rule.kind === 'team' && rule.bringBack !== undefined;
  return partitions.map((part) => {
    if (!part.key.startsWith('stack:')) return part;
    const team = part.key.slice('stack:'.length);
    const banCols = model.assign.filter((a) => {
      const p = model.players[a.player];
      if (!p || keep.has(p.id) || p.team === team) return false;
      return !(bringBack && p.opponent === team);
    }).map((a) => a.col);
    return { ...part, banCols };
  });
}
