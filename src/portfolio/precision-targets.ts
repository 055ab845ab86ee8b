/**
 * The points each pool lineup is optimized for. "Sim precision" p in 0..10 sets how many sims a lineup looks
 * at: m = round(S^(1 - p/10)) sims drawn at random, averaged per player. p = 0 averages every sim (the mean
 * projection: the pool is then the top-N by projection), p = 10 takes a single sim (each lineup is the optimum
 * of one simulated outcome). In between, lineups chase plausible outcomes without betting on one sim's noise.
 */
export function subsetSize(sims: number, precision: number): number {
  if (!(precision >= 0 && precision <= 10)) throw new Error(`precision must be from 0 to 10 (got ${precision})`);
  return Math.max(1, Math.min(sims, Math.round(sims ** (1 - precision / 10))));
}

/** Deterministic sim indices for lineup `k` (a splitmix-style hash of seed and k). */
function pickSims(sims: number, m: number, seed: number, k: number): Int32Array {
  const out = new Int32Array(m);
  let x = (seed ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
  const next = (): number => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = x;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < m; i++) out[i] = Math.floor(next() * sims);
  return out;
}

/** Above this many sims a subset mean is computed from this many and its spread scaled (see below). */
const EXACT_SUBSET = 64;

/**
 * Per lineup k, per slate row, the mean of the row's draws over lineup k's sims. `simMajor` holds
 * simMajor[s * rowCount + row]; captain rows carry their raw points (the slot multiplier applies in the
 * optimizer). Averaging m > 64 sims per lineup would cost pool x m x rows; instead the mean of 64 random sims
 * is taken and its deviation from the all-sims mean scaled by sqrt(64 / m): the same spread a mean of m sims
 * has, with the sims' correlations kept.
 */
export function precisionTargets(simMajor: Float32Array, rowCount: number, sims: number, count: number, precision: number, seed: number): Float64Array[] {
  const m = subsetSize(sims, precision);
  const mean = new Float64Array(rowCount);
  for (let s = 0; s < sims; s++) for (let r = 0, base = s * rowCount; r < rowCount; r++) mean[r]! += simMajor[base + r]!;
  for (let r = 0; r < rowCount; r++) mean[r]! /= sims;
  if (m === sims) return Array.from({ length: count }, () => mean);
  const taken = Math.min(m, EXACT_SUBSET);
  const scale = Math.sqrt(taken / m);
  const targets: Float64Array[] = [];
  for (let k = 0; k < count; k++) {
    const t = new Float64Array(rowCount);
    const picks = pickSims(sims, taken, seed, k);
    for (let i = 0; i < taken; i++) {
      const base = picks[i]! * rowCount;
      for (let r = 0; r < rowCount; r++) t[r]! += simMajor[base + r]!;
    }
    for (let r = 0; r < rowCount; r++) t[r] = mean[r]! + (t[r]! / taken - mean[r]!) * scale;
    targets.push(t);
  }
  return targets;
}
