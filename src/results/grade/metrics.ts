/** Forecast scores for grading: MAE, Pearson correlation, CRPS from samples, PIT, and percentile coverage. */
import { sampleCorrelation } from 'simple-statistics';

export const COVERAGE_LEVELS = ['p10', 'p25', 'p50', 'p75', 'p90', 'p99'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];
export const NOMINAL: Record<CoverageLevel, number> = { p10: 0.1, p25: 0.25, p50: 0.5, p75: 0.75, p90: 0.9, p99: 0.99 };

export function meanAbsoluteError(pairs: readonly [number, number][]): number | null {
  if (pairs.length === 0) return null;
  return pairs.reduce((s, [a, b]) => s + Math.abs(a - b), 0) / pairs.length;
}

export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 3) return null;
  const r = sampleCorrelation([...xs], [...ys]);
  return Number.isFinite(r) ? r : null;
}

/**
 * CRPS of a sample against one outcome: E|X - y| - E|X - X'| / 2, the second term from the sorted sample in
 * O(m log m) (sum over order statistics of (2i - m - 1) x_(i), times 2 / m²).
 */
export function crpsFromSample(sample: Float32Array, actual: number): number {
  const sorted = Float64Array.from(sample).sort();
  const m = sorted.length;
  let absToActual = 0;
  let spread = 0;
  for (let i = 0; i < m; i++) {
    const x = sorted[i] as number;
    absToActual += Math.abs(x - actual);
    spread += (2 * (i + 1) - m - 1) * x;
  }
  return absToActual / m - spread / (m * m);
}

/** Probability integral transform: the share of the sample at or below the outcome (ties split). */
export function pitFromSample(sample: Float32Array, actual: number): number {
  let below = 0;
  let equal = 0;
  for (const x of sample) {
    if (x < actual) below++;
    else if (x === actual) equal++;
  }
  return (below + equal / 2) / sample.length;
}

/** PIT from stored percentiles alone, interpolating linearly between known (level, value) points. */
export function pitFromPercentiles(points: readonly [number, number][], actual: number): number | null {
  const known = points.filter(([, v]) => Number.isFinite(v)).sort((a, b) => a[0] - b[0]);
  if (known.length < 2) return null;
  const first = known[0] as [number, number];
  const last = known[known.length - 1] as [number, number];
  if (actual <= first[1]) return actual < first[1] ? first[0] / 2 : first[0];
  if (actual > last[1]) return (last[0] + 1) / 2;
  for (let i = 1; i < known.length; i++) {
    const [l0, v0] = known[i - 1] as [number, number];
    const [l1, v1] = known[i] as [number, number];
    if (actual <= v1) return v1 === v0 ? l1 : l0 + ((actual - v0) / (v1 - v0)) * (l1 - l0);
  }
  return last[0];
}
