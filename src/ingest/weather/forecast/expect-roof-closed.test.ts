import { describe, expect, it } from 'vitest';
import { expectRoofClosed } from './expect-roof-closed.js';

describe('expectRoofClosed', () => {
  const mild = { precipProbabilityMaxPct: 10, temperatureMinF: 68, temperatureMaxF: 75 };
  it('when the evening is mild and dry, then the roof is expected open', () => {
    expect(expectRoofClosed(mild)).toBe(false);
  });
  it('when rain is likely, or it is cold, or hot, then the roof is expected closed', () => {
    expect(expectRoofClosed({ ...mild, precipProbabilityMaxPct: 40 })).toBe(true);
    expect(expectRoofClosed({ ...mild, temperatureMinF: 52 })).toBe(true);
    expect(expectRoofClosed({ ...mild, temperatureMaxF: 97 })).toBe(true);
  });
  it('when the forecast gives nothing, then the roof is expected open (weather is not assumed away)', () => {
    expect(expectRoofClosed({ precipProbabilityMaxPct: null, temperatureMinF: null, temperatureMaxF: null })).toBe(false);
  });
});
