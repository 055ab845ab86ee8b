import { Xoshiro128 } from '../rng/xoshiro128.js';
import { nextNormal } from '../rng/ziggurat.js';
import type { ContestRow } from './contest-types.js';

/**
 * What our projections do not know and the real field partly does. A contest is simulated in `worlds` truths:
 * in each, every player's true mean misses our projection by a relative error (sd `sd`) that our lineups
 * (optimized on the projection) never saw, while the field's entrants lean toward the players that beat it
 * (the informed share's ownership tilted by exp(`crowd` x z), optimizer entrants building on the true mean): late news, usage and
 * minutes the crowd reads before lock. The error is carved out of the draws' spread (the draws keep their
 * variance), so it moves who is better informed, not how wide outcomes are.
 */
export interface ProjectionErrorModel {
  /** Truths per contest; sim s is scored in world s % worlds (chunk-independent). 1 turns the model off. */
  worlds: number;
  /** Relative sd of a player's true mean around the projection. */
  sd: number;
  /** How strongly the informed entrants' ownership follows the error (log-ownership per sd). */
  crowd: number;
  /** Share of the ownership-driven entrants who read the truth; the others build one field all worlds share. */
  informed: number;
}

/**
 * Fitted on the 15 fixture DraftKings NBA main slates (test/fixtures/results; `npx tsx test/bench/contest-fit.ts`
 * prints the evidence):
 *  - scored on the actual points, the real field's median entry beat a field generated from the projections by
 *    11.4% on average (15 of 15 slates, 4.6% to 23.4%) although on 2025-10-26, the one night with every real
 *    lineup, the real field's mean LineStar projection (267.4) sat below the generated field's (271.8): the crowd
 *    picked on information the projection lacked. The ownership-driven entrants' expected gain is about informed x
 *    crowd x sd per player, 0.5 x 1 x 0.2 = 10%, a little under the measured 11.4% as the optimizer entrants read
 *    the truth too;
 *  - the optimizer's top 20 on the projections (median of the 20) scored, in actual points, 10.7 points below the
 *    real median entry on average (below it on 11 of 15 slates): our lineups get no such gain;
 *  - sd 0.2 is a sixth of the variance of actual around projection (relative residual sd 0.48 on these slates),
 *    the informed half of the field moves a player's ownership by a factor e^1 per sd, so the whole field's by
 *    about e^0.5, inside the estimator's MAE (3.3 points on 5% mean ownership).
 * Other sports have no standings export in the fixtures and use the same values. Eight worlds (four gave the
 * per-slate medians visibly more noise); each costs half a field build, the informed half.
 */
export const FITTED_PROJECTION_ERROR: ProjectionErrorModel = { worlds: 8, sd: 0.2, crowd: 1, informed: 0.5 };

/** RNG stream of the truths, apart from the field's and the sims' streams. */
const ERROR_STREAM = 0x7e000000;

/** One truth: per slate row, its player's standard-normal error (every row of a person shares it). */
export function drawWorldErrors(rows: readonly ContestRow[], worlds: number, seed: number): Float64Array[] {
  const people = rows.reduce((m, r) => Math.max(m, r.simIndex), -1) + 1;
  return Array.from({ length: worlds }, (_, w) => {
    const rng = new Xoshiro128(seed, ERROR_STREAM + w);
    const z = Float64Array.from({ length: people }, () => nextNormal(rng));
    return Float64Array.from(rows, (r) => z[r.simIndex]!);
  });
}

/** What scoring needs to move the draws into each truth: x' = center + shift[w] + scale x (x - center). */
export interface WorldShifts {
  count: number;
  /** worlds x playerCount: the true mean's miss in points. */
  shift: Float32Array;
  center: Float32Array;
  /** Shrinks each player's noise so that error plus noise keep the draws' variance. */
  scale: Float32Array;
}

/** Per-player draw mean and variance, then the shift of each world (player-major draws: playerCount x sims). */
export function worldShifts(rows: readonly ContestRow[], errors: readonly Float64Array[], model: ProjectionErrorModel, draws: Float32Array, playerCount: number, sims: number): WorldShifts {
  const center = new Float32Array(playerCount);
  const scale = new Float32Array(playerCount).fill(1);
  const shift = new Float32Array(errors.length * playerCount);
  const meanOf = new Float64Array(playerCount);
  const errorSd = new Float64Array(playerCount);
  // A showdown captain row holds the same person at 1.5x through its multiplier: its mean is the base one.
  for (const r of rows) if (!r.captainRow || meanOf[r.simIndex] === 0) meanOf[r.simIndex] = Math.max(r.mean, 0);
  for (let p = 0; p < playerCount; p++) {
    let m = 0;
    let m2 = 0;
    for (let s = 0; s < sims; s++) {
      const x = draws[p * sims + s]!;
      m += x;
      m2 += x * x;
    }
    m /= Math.max(sims, 1);
    const variance = Math.max(m2 / Math.max(sims, 1) - m * m, 0);
    center[p] = m;
    // The error never exceeds the draws' own spread (a player the draws hold nearly fixed stays so).
    errorSd[p] = Math.min(model.sd * meanOf[p]!, Math.sqrt(variance));
    scale[p] = variance > 0 ? Math.sqrt(Math.max(1 - errorSd[p]! ** 2 / variance, 0)) : 1;
  }
  errors.forEach((z, w) => {
    const seen = new Uint8Array(playerCount);
    rows.forEach((r, i) => {
      if (seen[r.simIndex]) return;
      seen[r.simIndex] = 1;
      // A true mean below zero is no player: the error stops at the projection's full miss.
      shift[w * playerCount + r.simIndex] = Math.max(errorSd[r.simIndex]! * z[i]!, -meanOf[r.simIndex]!);
    });
  });
  return { count: errors.length, shift, center, scale };
}
