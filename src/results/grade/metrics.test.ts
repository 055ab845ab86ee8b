/** Forecast scores against brute-force definitions. */
import { describe, expect, it } from 'vitest';
import { crpsFromSample, meanAbsoluteError, pitFromPercentiles, pitFromSample } from './metrics.js';

describe('forecast metrics', () => {
  it('CRPS from the sorted sample equals E|X-y| - E|X-X\'|/2 summed over all pairs', () => {
    const sample = Float32Array.from([3, 0, 12.5, 7, 7, 21, 1.5, 9]);
    for (const y of [0, 4, 7, 30]) {
      const m = sample.length;
      let a = 0; let b = 0;
      for (const x of sample) a += Math.abs(x - y);
      for (const x of sample) for (const z of sample) b += Math.abs(x - z);
      expect(crpsFromSample(sample, y)).toBeCloseTo(a / m - b / (2 * m * m), 10);
    }
  });

  it('PIT counts the sample at or below the outcome (ties split) and interpolates stored percentiles', () => {
    expect(pitFromSample(Float32Array.from([1, 2, 3, 4]), 2.5)).toBe(0.5);
    expect(pitFromSample(Float32Array.from([1, 2, 2, 4]), 2)).toBe(0.5);
    const pts: [number, number][] = [[0.1, 10], [0.5, 20], [0.9, 40]];
    expect(pitFromPercentiles(pts, 30)).toBeCloseTo(0.7, 10);
    expect(pitFromPercentiles(pts, 50)).toBeCloseTo(0.95, 10);
    expect(pitFromPercentiles(pts, 5)).toBeCloseTo(0.05, 10);
    expect(meanAbsoluteError([[1, 2], [5, 1]])).toBe(2.5);
    expect(meanAbsoluteError([])).toBeNull();
  });
});
