import { describe, expect, it } from 'vitest';
import { medianOf, removeVig } from './remove-vig.js';

describe('removeVig', () => {
  it('when both sides are -110, then each is exactly 50%', () => {
    const [a, b] = removeVig([1 + 100 / 110, 1 + 100 / 110]) ?? [];
    expect(a).toBeCloseTo(0.5, 12);
    expect(b).toBeCloseTo(0.5, 12);
  });

  it('when a favourite is priced, then probabilities keep the ratio and sum to 1', () => {
    const probs = removeVig([4.17, 1.21]) ?? [];
    expect(probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(probs[0]).toBeCloseTo((1 / 4.17) / (1 / 4.17 + 1 / 1.21), 12);
  });

  it('when only one side is priced, then there is nothing to remove', () => {
    expect(removeVig([1.5])).toBeNull();
  });
});

describe('medianOf', () => {
  it('when the count is odd or even, then the middle (or mean of the middle two) comes back', () => {
    expect(medianOf([31.5, 25.5, 31])).toBe(31);
    expect(medianOf([-4.5, -5, -5.5, -4.5])).toBe(-4.75);
    expect(medianOf([])).toBeNull();
  });
});
