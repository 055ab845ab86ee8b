import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal.js';

describe('normalCdf / normalQuantile', () => {
  it('when evaluated at known points, then they match tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 12);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424308822899, 7);
  });

  it('when round-tripped, then quantile inverts the cdf', () => {
    for (const p of [1e-9, 0.001, 0.02, 0.3, 0.5, 0.77, 0.99, 0.999999]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
    }
  });
});
