/**
 * From correlations of fantasy points (what the tables and the research state) to correlations of the
 * copula's normals (what the sampler needs), and back.
 *
 * A player's points are x(Z) for his quantile table x and a standard normal Z. Expanding x in Hermite
 * polynomials, x(Z) = mean + sd · Σ h_n He_n(Z) / √n!, Mehler's formula gives for corr(Z_a, Z_b) = ρ:
 *
 *   corr(x_a(Z_a), x_b(Z_b)) = Σ_{n≥1} h_n^a h_n^b ρ^n.
 *
 * h_1 = corr(x(Z), Z) is Stein's first-order gain (ρ · h_1^a h_1^b); the higher terms matter for skewed
 * players (MLB hitters, NHL skaters: +0.01 to +0.02 at the targets used), so the inversion uses the series.
 * Σ h_n² = 1, hence the truncation error is at most |ρ|^(TERMS+1): under 3e-4 for |ρ| ≤ 0.4.
 */
import { TABLE_STRIDE, Z_GRID, Z_WEIGHTS } from '../dist/quantile-table.js';

/** Hermite terms kept per player. */
export const HERMITE_TERMS = 8;

/** Largest copula correlation we ask for: beyond it a target is unreachable and gets clipped (PSD repair follows). */
export const MAX_COPULA = 0.95;

/**
 * Writes h_1..h_TERMS of the table at `tables[offset ..]` into `out[outOffset ..]` (zeros for a constant
 * table: such a player cannot correlate with anyone). Quadrature on the table's own grid, so the
 * coefficients describe the table as it is sampled.
 */
export function hermiteCoefficients(tables: Float64Array, offset: number, out: Float64Array, outOffset: number): void {
  let mean = 0;
  for (let i = 0; i < TABLE_STRIDE; i++) mean += Z_WEIGHTS[i]! * tables[offset + i]!;
  let variance = 0;
  const moments = new Float64Array(HERMITE_TERMS + 1);
  for (let i = 0; i < TABLE_STRIDE; i++) {
    const w = Z_WEIGHTS[i]!;
    const x = tables[offset + i]! - mean;
    variance += w * x * x;
    // Probabilists' Hermite recurrence: He_{n+1}(z) = z He_n(z) - n He_{n-1}(z).
    const z = Z_GRID[i]!;
    let previous = 1;
    let current = z;
    for (let n = 1; n <= HERMITE_TERMS; n++) {
      moments[n] = moments[n]! + w * x * current;
      const next = z * current - n * previous;
      previous = current;
      current = next;
    }
  }
  const sd = Math.sqrt(variance);
  let factorial = 1;
  for (let n = 1; n <= HERMITE_TERMS; n++) {
    factorial *= n;
    out[outOffset + n - 1] = sd > 0 ? moments[n]! / (Math.sqrt(factorial) * sd) : 0;
  }
}

/** Correlation of two players' points when their normals correlate by `rho` (coefficients at the given offsets). */
export function pointsCorrelation(h: Float64Array, a: number, b: number, rho: number): number {
  let sum = 0;
  let power = 1;
  for (let n = 0; n < HERMITE_TERMS; n++) {
    power *= rho;
    sum += h[a + n]! * h[b + n]! * power;
  }
  return sum;
}

/**
 * The copula correlation that gives the two players' points the correlation `target`, clipped to
 * ±MAX_COPULA. Bisection: the points correlation of two increasing transforms grows with ρ, and 40 halvings
 * (1e-12) cost nothing next to the rest of the model build.
 */
export function copulaCorrelation(h: Float64Array, a: number, b: number, target: number): number {
  if (target === 0) return 0;
  if (h[a]! * h[b]! < 1e-9) return 0;
  let lo = -MAX_COPULA;
  let hi = MAX_COPULA;
  if (target <= pointsCorrelation(h, a, b, lo)) return lo;
  if (target >= pointsCorrelation(h, a, b, hi)) return hi;
  for (let iter = 0; iter < 40; iter++) {
    const mid = (lo + hi) / 2;
    if (pointsCorrelation(h, a, b, mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
