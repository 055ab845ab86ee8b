import { describe, expect, it } from 'vitest';
import { choleskyLower } from './cholesky.js';
import { decomposeSymmetric } from './jacobi-eigen.js';
import { repairCorrelation } from './repair-correlation.js';

function minEigen(m: Float64Array, n: number): number {
  return Math.min(...decomposeSymmetric(m, n).values);
}

describe('choleskyLower', () => {
  it('when the matrix is positive definite, then L Lᵀ reproduces it', () => {
    const m = Float64Array.of(1, 0.3, 0.2, 0.3, 1, -0.1, 0.2, -0.1, 1);
    const l = choleskyLower(m, 3)!;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += l[i * 3 + k]! * l[j * 3 + k]!;
        expect(s).toBeCloseTo(m[i * 3 + j]!, 12);
      }
    }
  });

  it('when the matrix is not positive definite, then it returns null', () => {
    expect(choleskyLower(Float64Array.of(1, 0.9, 0.9, 1), 2)).not.toBeNull();
    expect(choleskyLower(Float64Array.of(1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1), 3)).toBeNull();
  });
});

describe('decomposeSymmetric', () => {
  it('when decomposing, then V Λ Vᵀ reproduces the matrix', () => {
    const n = 4;
    const m = Float64Array.of(4, 1, 0.5, 0, 1, 3, 0.2, 0.1, 0.5, 0.2, 2, 0.3, 0, 0.1, 0.3, 1);
    const { values, vectors } = decomposeSymmetric(m, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += vectors[k * n + i]! * values[k]! * vectors[k * n + j]!;
        expect(s).toBeCloseTo(m[i * n + j]!, 10);
      }
    }
  });
});

describe('repairCorrelation', () => {
  it('when the matrix is already positive definite, then it is returned unchanged', () => {
    const m = Float64Array.of(1, 0.3, 0.3, 1);
    const r = repairCorrelation(m, 2);
    expect(r.repaired).toBe(false);
    expect(Array.from(r.matrix)).toEqual(Array.from(m));
  });

  it('when the table contradicts itself, then the result is a valid correlation matrix close to it', () => {
    // a~b and b~c strongly positive but a~c strongly negative: impossible, min eigenvalue < 0.
    const n = 3;
    const m = Float64Array.of(1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1);
    expect(minEigen(m, n)).toBeLessThan(0);
    const r = repairCorrelation(m, n);
    expect(r.repaired).toBe(true);
    expect(minEigen(r.matrix, n)).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) expect(r.matrix[i * n + i]).toBeCloseTo(1, 12);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(r.matrix[i * n + j]).toBeCloseTo(r.matrix[j * n + i]!, 12);
    // Higham's known nearest correlation matrix for this input keeps the signs and shrinks the entries.
    expect(r.matrix[1]).toBeGreaterThan(0.4);
    expect(r.matrix[2]).toBeLessThan(-0.2);
    expect(choleskyLower(r.matrix, n, 0)).not.toBeNull();
  });

  it('when rows carry weights, then the pair of heavy rows moves far less than in the plain repair', () => {
    // Two starters (weight 1) stacked at 0.9, and a light third row that contradicts them.
    const n = 3;
    const m = Float64Array.of(1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1);
    const plain = repairCorrelation(m, n);
    const weighted = repairCorrelation(m, n, { weights: Float64Array.of(1, 1, 0.05) });
    expect(weighted.repaired).toBe(true);
    expect(minEigen(weighted.matrix, n)).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) expect(weighted.matrix[i * n + i]).toBeCloseTo(1, 12);
    const plainShift = Math.abs(plain.matrix[1]! - 0.9);
    const weightedShift = Math.abs(weighted.matrix[1]! - 0.9);
    expect(weightedShift).toBeLessThan(plainShift / 3);
    // The light row absorbs the change instead.
    expect(Math.abs(weighted.matrix[2]! + 0.9)).toBeGreaterThan(Math.abs(plain.matrix[2]! + 0.9));
  });

  it('when a larger block has many conflicting entries, then the repair still yields a Cholesky factor', () => {
    const n = 12;
    const m = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = i === j ? 1 : (i * j) % 3 === 0 ? -0.4 : 0.5;
    expect(minEigen(m, n)).toBeLessThan(0);
    const r = repairCorrelation(m, n);
    expect(r.repaired).toBe(true);
    expect(minEigen(r.matrix, n)).toBeGreaterThan(0);
    let l = 0;
    for (let i = 0; i < n; i++) l += r.lower[i * n + i]! > 0 ? 1 : 0;
    expect(l).toBe(n);
  });
});
