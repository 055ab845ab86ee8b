import { normalCdf, normalQuantile } from '../math/normal.js';
import type { OutcomeProfile } from './outcome-profiles.js';

/** The copula's normals are mapped through a table over z in [-Z_MAX, Z_MAX] (beyond: clamped). */
export const Z_MAX = 5;
/** Intervals in each table; the table has TABLE_INTERVALS + 1 points. */
export const TABLE_INTERVALS = 512;
export const TABLE_STRIDE = TABLE_INTERVALS + 1;
export const Z_STEP = (2 * Z_MAX) / TABLE_INTERVALS;

/** Target of one player's conditional-on-playing distribution. */
export interface OutcomeTarget {
  mean: number;
  sd: number;
}

/** What the built table actually delivers (after capping and the dud mass), from exact quadrature. */
export interface TableMoments {
  mean: number;
  sd: number;
}

/** The table's z points (read-only for callers). */
export const Z_GRID = new Float64Array(TABLE_STRIDE);
/** N(0,1) probability mass owned by each z point (read-only for callers): quadrature over the table as sampled. */
export const Z_WEIGHTS = new Float64Array(TABLE_STRIDE);
(function setupGrid(): void {
  for (let i = 0; i < TABLE_STRIDE; i++) Z_GRID[i] = -Z_MAX + i * Z_STEP;
  // Probability mass owned by each grid point under N(0,1): half-cells to each side, the clamped tails on
  // the end points. Matches what sampling with linear interpolation sees to O(step^2).
  for (let i = 0; i < TABLE_STRIDE; i++) {
    const lo = i === 0 ? -Infinity : Z_GRID[i]! - Z_STEP / 2;
    const hi = i === TABLE_STRIDE - 1 ? Infinity : Z_GRID[i]! + Z_STEP / 2;
    Z_WEIGHTS[i] = normalCdf(hi) - normalCdf(lo);
  }
})();

/**
 * Writes into `out[offset .. offset + TABLE_STRIDE)` the quantile function x(z) = F⁻¹(Φ(z)) of a right-skewed
 * outcome with the given mean and sd: dud band, then floor + dudHigh + lognormal, capped. The lognormal's
 * parameters are re-fitted a few times against the quadrature moments so that the cap and the dud mass do
 * not bias the mean. Returns the moments the table really has.
 */
export function buildQuantileTable(target: OutcomeTarget, profile: OutcomeProfile, out: Float64Array, offset: number): TableMoments {
  const { mean, sd } = target;
  if (!(mean > 0) || !(sd > 0)) {
    const value = mean > 0 ? mean : 0;
    out.fill(value, offset, offset + TABLE_STRIDE);
    return { mean: value, sd: 0 };
  }
  let floor = Math.min(profile.floor, 0);
  let dudProb = profile.dudProb;
  let dudHigh = profile.dudHigh;
  // A dud band that reaches past the mean (tiny projections) makes no sense: drop it, floor at zero.
  if (floor + dudHigh >= mean * 0.6) {
    dudProb = 0;
    dudHigh = 0;
    floor = Math.max(floor, -mean);
  }
  const cap = mean + profile.capSd * sd;
  const skew = profile.skew ?? 1;
  const dudMean = floor + dudHigh / 2;
  const dudSecond = dudMean * dudMean + (dudHigh * dudHigh) / 12;
  const base = floor + dudHigh;
  // Closed-form start (ignoring the cap and the floor), then fixed-point corrections on the real table.
  let m = Math.max((mean - dudProb * dudMean) / (1 - dudProb) - base, mean * 0.05);
  const second = (sd * sd + mean * mean - dudProb * dudSecond) / (1 - dudProb) - (base + m) ** 2;
  let s = second > 0 ? Math.sqrt(second) : m * 0.1;
  let moments: TableMoments = { mean: 0, sd: 0 };
  for (let iter = 0; iter < 12; iter++) {
    fillTable(out, offset, m, s, dudProb, floor, dudHigh, cap, skew);
    moments = tableMoments(out, offset);
    const meanErr = mean - moments.mean;
    if (Math.abs(meanErr) < 1e-4 * mean && Math.abs(moments.sd - sd) < 1e-3 * sd) break;
    m = Math.max(m + meanErr / (1 - dudProb), mean * 0.01);
    if (moments.sd > 0) s = Math.max(s * (sd / moments.sd), m * 0.01);
  }
  return moments;
}

/**
 * The body above the dud band is the comonotone blend (1 - skew) x normal + skew x lognormal of the same mean m
 * and sd s (so the blend keeps both), held at or above the floor: skew 1 is the plain lognormal, 0 a normal.
 */
function fillTable(out: Float64Array, offset: number, m: number, s: number, dudProb: number, floor: number, dudHigh: number, cap: number, skew: number): void {
  const sigma2 = Math.log(1 + (s * s) / (m * m));
  const sigma = Math.sqrt(sigma2);
  const mu = Math.log(m) - sigma2 / 2;
  for (let i = 0; i < TABLE_STRIDE; i++) {
    const u = normalCdf(Z_GRID[i]!);
    let x: number;
    if (u < dudProb) {
      x = floor + (u / dudProb) * dudHigh;
    } else {
      const v = dudProb > 0 ? (u - dudProb) / (1 - dudProb) : u;
      const z = v <= 0 ? -Infinity : normalQuantile(Math.min(v, 1 - 1e-16));
      const logNormal = v <= 0 ? 0 : Math.exp(mu + sigma * z);
      const body = skew >= 1 ? logNormal : (1 - skew) * (m + s * z) + skew * logNormal;
      // A body dipping below the dud band (its normal part, low means) is held at the band's top: monotone.
      x = Math.max(floor + dudHigh + body, i > 0 ? out[offset + i - 1]! : floor, floor);
    }
    out[offset + i] = Math.min(x, cap);
  }
}

/** Mean and sd of x(Z), Z ~ N(0,1), for a table as sampled (grid quadrature). */
export function tableMoments(table: Float64Array, offset: number): TableMoments {
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < TABLE_STRIDE; i++) {
    const x = table[offset + i]!;
    const w = Z_WEIGHTS[i]!;
    m1 += w * x;
    m2 += w * x * x;
  }
  return { mean: m1, sd: Math.sqrt(Math.max(m2 - m1 * m1, 0)) };
}
