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

/**
 * Returns the input when it is already positive definite, else its nearest correlation matrix (Higham 2002,
 * alternating projections with Dykstra's correction) with eigenvalues floored at `minEigen`, so that a
 * user-overridden table that contradicts itself still samples instead of failing the run.
 */
export function repairCorrelation(input: Float64Array, n: number, minEigen = 1e-6): RepairedCorrelation {
  const direct = choleskyLower(input, n, minEigen);
  if (direct) return { matrix: Float64Array.from(input), lower: direct, repaired: false };

  let y = Float64Array.from(input);
  const ds = new Float64Array(n * n);
  for (let iter = 0; iter < 200; iter++) {
    const r = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) r[i] = y[i]! - ds[i]!;
    const x = projectPsd(r, n, 0);
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
