import { choleskyLower } from './cholesky.js';
import { decomposeSymmetric } from './jacobi-eigen.js';

/** Result of making a correlation matrix usable for sampling. */
export interface RepairedCorrelation {
  /** Symmetric, unit-diagonal, positive-definite row-major matrix. */
  matrix: Float64Array;
  /** Its lower Cholesky factor. */
  lower: Float64Array;
  /** True when the input was not positive definite and had to be changed. */
  repaired: boolean;
}

/** How a repair weighs the entries it has to move. */
export interface RepairOptions {
  /**
   * Per row weight (> 0). The repair minimises Σ w_i w_j (a_ij - x_ij)² (Higham's W-norm with a diagonal W),
   * so pairs of heavy rows move least; the default (all 1) is the plain nearest correlation matrix.
   */
  weights?: Float64Array;
  /** Smallest eigenvalue kept, so Cholesky stays stable. */
  minEigen?: number;
}

// Lightest weight used: lighter rows would barely move at all in the W-norm and slow the iteration.
const WEIGHT_FLOOR = 0.01;

/**
 * Returns the input when it is already positive definite, else its nearest correlation matrix (Higham 2002,
 * alternating projections with Dykstra's correction, in the weighted norm) with eigenvalues floored at
 * `minEigen`, so that a game whose pairs cannot all hold together (or a user table that contradicts itself)
 * still samples instead of failing the run.
 */
export function repairCorrelation(input: Float64Array, n: number, options: RepairOptions = {}): RepairedCorrelation {
  const minEigen = options.minEigen ?? 1e-6;
  const direct = choleskyLower(input, n, minEigen);
  if (direct) return { matrix: Float64Array.from(input), lower: direct, repaired: false };
  // Scale s_i = √w_i: the W-norm projection onto the PSD cone is S⁻¹ P₊(S A S) S⁻¹, and the unit-diagonal
  // projection is unchanged for a diagonal W.
  const scale = new Float64Array(n).fill(1);
  if (options.weights) for (let i = 0; i < n; i++) scale[i] = Math.sqrt(Math.max(options.weights[i]!, WEIGHT_FLOOR));

  let y = Float64Array.from(input);
  const ds = new Float64Array(n * n);
  for (let iter = 0; iter < 200; iter++) {
    const r = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) r[i] = y[i]! - ds[i]!;
    const x = projectPsdWeighted(r, n, scale);
    for (let i = 0; i < n * n; i++) ds[i] = x[i]! - r[i]!;
    const next = Float64Array.from(x);
    for (let i = 0; i < n; i++) next[i * n + i] = 1;
    let diff = 0;
    let norm = 0;
    for (let i = 0; i < n * n; i++) {
      diff += (next[i]! - y[i]!) ** 2;
      norm += next[i]! ** 2;
    }
    y = next;
    if (Math.sqrt(diff) <= 1e-10 * Math.sqrt(norm)) break;
  }
  // Floor the spectrum strictly above zero and restore the unit diagonal so Cholesky is stable.
  const floored = projectPsd(y, n, minEigen);
  const matrix = rescaleToUnitDiagonal(floored, n);
  const lower = choleskyLower(matrix, n, 0) ?? identityLower(n);
  return { matrix, lower, repaired: true };
}

function projectPsdWeighted(m: Float64Array, n: number, scale: Float64Array): Float64Array {
  const scaled = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) scaled[i * n + j] = scale[i]! * m[i * n + j]! * scale[j]!;
  const p = projectPsd(scaled, n, 0);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) p[i * n + j] = p[i * n + j]! / (scale[i]! * scale[j]!);
  return p;
}

function projectPsd(m: Float64Array, n: number, floor: number): Float64Array {
  const { values, vectors } = decomposeSymmetric(m, n);
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lambda = Math.max(values[k]!, floor);
    if (lambda === 0) continue;
    const base = k * n;
    for (let i = 0; i < n; i++) {
      const vi = vectors[base + i]! * lambda;
      for (let j = 0; j < n; j++) out[i * n + j] = out[i * n + j]! + vi * vectors[base + j]!;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const avg = (out[i * n + j]! + out[j * n + i]!) / 2;
      out[i * n + j] = avg;
      out[j * n + i] = avg;
    }
  }
  return out;
}

function rescaleToUnitDiagonal(m: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out[i * n + j] = i === j ? 1 : m[i * n + j]! / Math.sqrt(m[i * n + i]! * m[j * n + j]!);
    }
  }
  return out;
}

function identityLower(n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) l[i * n + i] = 1;
  return l;
}
