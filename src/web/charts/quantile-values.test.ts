import { describe, expect, it } from 'vitest';
import { valuesFromQuantiles } from './quantile-values.js';

describe('valuesFromQuantiles', () => {
  it('when percentiles are known, then the values reproduce them', () => {
    const values = valuesFromQuantiles([{ p: 0.1, value: 5 }, { p: 0.5, value: 15 }, { p: 0.9, value: 30 }], 1000);
    const sorted = [...values].sort((a, b) => a - b);
    expect(sorted[499]).toBeCloseTo(15, 0);
    expect(sorted[899]).toBeCloseTo(30, 0);
    // Tails continue the outer slopes: down toward 5 - 0.1 x 25 = 2.5 at p = 0, up toward 30 + 0.1 x 37.5 at p = 1.
    expect(Math.min(...values)).toBeGreaterThan(2.5);
    expect(Math.min(...values)).toBeLessThan(5);
    expect(Math.max(...values)).toBeGreaterThan(30);
    expect(Math.max(...values)).toBeLessThan(33.75);
  });
  it('when fewer than two points are known, then there is nothing to draw', () => {
    expect(valuesFromQuantiles([{ p: 0.5, value: 1 }])).toEqual([]);
  });
});
