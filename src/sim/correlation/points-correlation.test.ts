import { describe, expect, it } from 'vitest';
import { profileFor } from '../dist/outcome-profiles.js';
import { buildQuantileTable, TABLE_STRIDE, Z_GRID, Z_WEIGHTS } from '../dist/quantile-table.js';
import type { SimSport } from '../types.js';
import { copulaCorrelation, HERMITE_TERMS, hermiteCoefficients, MAX_COPULA, pointsCorrelation } from './points-correlation.js';

/** Tables and Hermite coefficients of realistic skewed players, each at offset i * TABLE_STRIDE / i * HERMITE_TERMS. */
function players(specs: [SimSport, string, number][]): { tables: Float64Array; h: Float64Array } {
  const tables = new Float64Array(specs.length * TABLE_STRIDE);
  const h = new Float64Array(specs.length * HERMITE_TERMS);
  specs.forEach(([sport, position, mean], i) => {
    const profile = profileFor(sport, position);
    buildQuantileTable({ mean, sd: mean * profile.cv }, profile, tables, i * TABLE_STRIDE);
    hermiteCoefficients(tables, i * TABLE_STRIDE, h, i * HERMITE_TERMS);
  });
  return { tables, h };
}

/** corr(x_a(Z_a), x_b(Z_b)) by direct 2-D quadrature over the tables' grid (bivariate normal density). */
function quadratureCorrelation(tables: Float64Array, a: number, b: number, rho: number): number {
  const c = Math.sqrt(1 - rho * rho);
  const density = (x: number, y: number): number => Math.exp(-(x * x - 2 * rho * x * y + y * y) / (2 * c * c)) / (2 * Math.PI * c);
  const step = Z_GRID[1]! - Z_GRID[0]!;
  let sx = 0;
  let sy = 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let mass = 0;
  for (let i = 0; i < TABLE_STRIDE; i++) {
    const x = tables[a * TABLE_STRIDE + i]!;
    for (let j = 0; j < TABLE_STRIDE; j++) {
      const y = tables[b * TABLE_STRIDE + j]!;
      const w = density(Z_GRID[i]!, Z_GRID[j]!) * step * step;
      mass += w;
      sx += w * x;
      sy += w * y;
      sxy += w * x * y;
      sxx += w * x * x;
      syy += w * y * y;
    }
  }
  const [mx, my] = [sx / mass, sy / mass];
  return (sxy / mass - mx * my) / Math.sqrt((sxx / mass - mx * mx) * (syy / mass - my * my));
}

describe('points correlation from the copula', () => {
  const { tables, h } = players([
    ['NFL', 'QB', 22],
    ['NFL', 'WR', 16],
    ['NFL', 'DST', 6],
    ['MLB', 'OF', 8],
    ['MLB', 'SP', 18],
    ['NHL', 'C', 12],
  ]);
  const at = (i: number): number => i * HERMITE_TERMS;

  it('when a table is a straight line in z, then h1 = 1 and the higher terms vanish', () => {
    const line = Float64Array.from(Z_GRID, (z) => 10 + 3 * z);
    const out = new Float64Array(HERMITE_TERMS);
    hermiteCoefficients(line, 0, out, 0);
    expect(out[0]).toBeCloseTo(1, 3);
    for (let n = 1; n < HERMITE_TERMS; n++) expect(Math.abs(out[n]!)).toBeLessThan(2e-3);
    // Sanity of the quadrature the coefficients rest on.
    expect(Z_WEIGHTS.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('when skewed players correlate through the copula, then the series matches a direct 2-D quadrature', () => {
    const pairs: [number, number, number][] = [
      [0, 1, 0.32],
      [0, 2, -0.36],
      [3, 3, 0.24],
      [3, 4, -0.31],
      [5, 5, 0.38],
    ];
    for (const [a, b, rho] of pairs) {
      const series = pointsCorrelation(h, at(a), at(b), rho);
      expect(Math.abs(series - quadratureCorrelation(tables, a, b, rho)), `${a}-${b}`).toBeLessThan(2e-3);
    }
  });

  it('when asked for a points target, then the copula correlation is stronger and reproduces the target exactly', () => {
    const targets: [number, number, number][] = [
      [0, 1, 0.3],
      [0, 2, -0.34],
      [3, 3, 0.2],
      [3, 4, -0.28],
      [5, 5, 0.35],
    ];
    for (const [a, b, target] of targets) {
      const rho = copulaCorrelation(h, at(a), at(b), target);
      expect(Math.abs(rho)).toBeGreaterThan(Math.abs(target));
      expect(pointsCorrelation(h, at(a), at(b), rho)).toBeCloseTo(target, 9);
    }
    expect(copulaCorrelation(h, at(0), at(1), 0)).toBe(0);
  });

  it('when a target cannot be reached, then the copula correlation is clipped', () => {
    expect(copulaCorrelation(h, at(3), at(4), -0.99)).toBe(-MAX_COPULA);
    expect(copulaCorrelation(h, at(3), at(3), 0.99)).toBe(MAX_COPULA);
  });

  it('when a player never varies, then he correlates with nobody', () => {
    const flat = new Float64Array(TABLE_STRIDE).fill(4);
    const out = Float64Array.from(h);
    hermiteCoefficients(flat, 0, out, 0);
    expect(Array.from(out.subarray(0, HERMITE_TERMS)).every((v) => v === 0)).toBe(true);
    expect(copulaCorrelation(out, 0, at(1), 0.3)).toBe(0);
  });
});
