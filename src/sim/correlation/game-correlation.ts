import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimPlayer, SimSport } from '../types.js';
import type { CorrelationTable } from './default-correlations.js';
import { depthWeights } from './depth-weight.js';
import { pairCorrelation, roleWeight, type CorrelationSubject } from './pair-correlation.js';
import { copulaCorrelation, HERMITE_TERMS } from './points-correlation.js';

/** One game's correlations, row-major k x k over the game's members in the order given. */
export interface GameCorrelation {
  /** Target correlations of fantasy points (table x role weights). */
  target: Float64Array;
  /** Copula correlations that produce the targets for these players' outcome tables (before PSD repair). */
  copula: Float64Array;
  /** Per member weight in [0, 1] (role x depth): how much a member's correlations matter in the repair. */
  weights: Float64Array;
}

/**
 * Builds a game's target and copula matrices. `hermite` holds HERMITE_TERMS coefficients per player of the
 * whole model (see hermiteCoefficients), indexed by the player's model index.
 */
export function buildGameCorrelation(
  sport: SimSport,
  players: readonly SimPlayer[],
  members: readonly number[],
  hermite: Float64Array,
  table: CorrelationTable,
): GameCorrelation {
  const k = members.length;
  const groups = members.map((i) => normalizePosition(sport, players[i]!.position));
  const depth = depthWeights(
    sport,
    members.map((i, a) => {
      const p = players[i]!;
      return { team: p.team, group: groups[a]!, salary: p.salary, expected: p.mean * p.playProbability, battingOrder: p.battingOrder };
    }),
  );
  const subjects: CorrelationSubject[] = members.map((i, a) => {
    const p = players[i]!;
    const group = groups[a]!;
    const weight = roleWeight(sport, group, p.mean * p.playProbability) * depth[a]!;
    return { team: p.team, group, battingOrder: p.battingOrder, line: p.line, weight };
  });
  const target = new Float64Array(k * k);
  const copula = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    target[a * k + a] = 1;
    copula[a * k + a] = 1;
    for (let b = a + 1; b < k; b++) {
      const t = pairCorrelation(sport, subjects[a]!, subjects[b]!, table);
      const c = copulaCorrelation(hermite, members[a]! * HERMITE_TERMS, members[b]! * HERMITE_TERMS, t);
      target[a * k + b] = t;
      target[b * k + a] = t;
      copula[a * k + b] = c;
      copula[b * k + a] = c;
    }
  }
  return { target, copula, weights: Float64Array.from(subjects, (s) => s.weight) };
}
