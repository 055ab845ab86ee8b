import type { SimSport } from '../types.js';
import type { CorrelationTable } from './default-correlations.js';

/** What the correlation rules need to know about a player. */
export interface CorrelationSubject {
  team: string;
  /** Normalized position group (see normalizePosition). */
  group: string;
  battingOrder: number | null;
  line: number | null;
  /** 0..1: how much of a regular role the player has (roleWeight x depthWeights); scales his correlations. */
  weight: number;
}

// Mean (DK points) from which a player counts as a full regular. The published correlations are measured
// among regulars; a backup projected for 1 point barely moves with his QB, and giving every depth-chart WR
// the full 0.3 with the QB is not even a valid correlation matrix.
const REGULAR_MEAN: Record<SimSport, Record<string, number>> = {
  NFL: { QB: 14, RB: 8, WR: 8, TE: 6, DST: 4, K: 5 },
  NBA: {},
  MLB: { P: 8, H: 4 },
  NHL: { G: 6 },
};
const REGULAR_DEFAULT: Record<SimSport, number> = { NFL: 6, NBA: 10, MLB: 4, NHL: 4 };

/** Role weight in [0, 1]: mean relative to a regular's, so fringe players fade towards independence. */
export function roleWeight(sport: SimSport, group: string, mean: number): number {
  const regular = REGULAR_MEAN[sport][group] ?? REGULAR_DEFAULT[sport];
  return Math.min(Math.max(mean / regular, 0), 1);
}

/** Target correlation between two different players of the same game: the table value scaled by both role weights. */
export function pairCorrelation(sport: SimSport, a: CorrelationSubject, b: CorrelationSubject, table: CorrelationTable): number {
  const scale = Math.sqrt(a.weight * b.weight);
  return scale === 0 ? 0 : scale * tableCorrelation(sport, a, b, table);
}

/** The table's correlation for two regulars. */
export function tableCorrelation(sport: SimSport, a: CorrelationSubject, b: CorrelationSubject, table: CorrelationTable): number {
  const same = a.team === b.team;
  const side = same ? 'same' : 'opp';
  if (same && sport === 'MLB' && a.group === 'H' && b.group === 'H' && a.battingOrder && b.battingOrder) {
    const d = Math.abs(a.battingOrder - b.battingOrder);
    const distance = Math.min(d, 9 - d); // the order wraps around: 9 bats before 1
    const key = distance <= 3 ? `same:order-${distance}` : 'same:order-far';
    const v = table[key];
    if (v !== undefined) return v;
  }
  if (same && sport === 'NHL' && a.line !== null && a.line === b.line && a.group !== 'G' && b.group !== 'G') {
    const v = a.group === 'D' || b.group === 'D' ? table['same:line-D'] : table['same:line'];
    if (v !== undefined) return v;
  }
  const [x, y] = a.group <= b.group ? [a.group, b.group] : [b.group, a.group];
  return table[`${side}:${x}-${y}`] ?? table[`${side}:*`] ?? 0;
}
