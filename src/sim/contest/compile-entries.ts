import type { ContestRow, ContestRules, LineupMatrix } from './contest-types.js';
import { slotMultipliers } from './slot-eligibility.js';

/**
 * Entries ready for scoring: per entry the simulated players and their points multipliers, in a canonical
 * order (multiplier desc, player asc) so that identical lineups sum the same floats in the same order and tie
 * exactly, whatever slots they were entered in.
 */
export interface CompiledEntries {
  slotCount: number;
  entryCount: number;
  players: Int32Array;
  multipliers: Float32Array;
}

/** Compiles lineups (rows per slot) into scoring arrays. */
export function compileEntries(lineups: readonly LineupMatrix[], rows: readonly ContestRow[], rules: ContestRules): CompiledEntries {
  const mult = slotMultipliers(rules);
  const k = rules.slots.length;
  const entryCount = lineups.reduce((s, l) => s + l.entryCount, 0);
  const players = new Int32Array(entryCount * k);
  const multipliers = new Float32Array(entryCount * k);
  const pairs: { p: number; m: number }[] = Array.from({ length: k }, () => ({ p: 0, m: 0 }));
  let e = 0;
  for (const matrix of lineups) {
    if (matrix.slotCount !== k) throw new Error(`lineups have ${matrix.slotCount} slots, the contest has ${k}`);
    for (let i = 0; i < matrix.entryCount; i++, e++) {
      for (let s = 0; s < k; s++) {
        const pair = pairs[s]!;
        pair.p = rows[matrix.rows[i * k + s]!]!.simIndex;
        pair.m = mult[s]!;
      }
      pairs.sort((a, b) => b.m - a.m || a.p - b.p);
      for (let s = 0; s < k; s++) {
        players[e * k + s] = pairs[s]!.p;
        multipliers[e * k + s] = pairs[s]!.m;
      }
    }
  }
  return { slotCount: k, entryCount, players, multipliers };
}

/** Key of a lineup independent of slot order: the same players in the same kind of slots. */
export function lineupKey(matrix: LineupMatrix, entry: number, rules: ContestRules): string {
  const k = matrix.slotCount;
  const parts: string[] = [];
  for (let s = 0; s < k; s++) parts.push(`${rules.slots[s]!.pointsMultiplier ?? 1}:${matrix.rows[entry * k + s]}`);
  return parts.sort().join(',');
}

/** For each of our lineups, how many field entries are the same lineup. */
export function countDuplicates(ours: LineupMatrix, field: LineupMatrix, rules: ContestRules): Int32Array {
  const counts = new Map<string, number>();
  for (let e = 0; e < field.entryCount; e++) {
    const key = lineupKey(field, e, rules);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Int32Array.from({ length: ours.entryCount }, (_, i) => counts.get(lineupKey(ours, i, rules)) ?? 0);
}
