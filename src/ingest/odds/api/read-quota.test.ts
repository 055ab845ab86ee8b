import { describe, expect, it } from 'vitest';
import { canAffordProps, readQuota } from './read-quota.js';

describe('readQuota', () => {
  it('when the quota headers are present, then they are read as numbers', () => {
    expect(readQuota({ 'x-requests-remaining': '410', 'x-requests-used': '90', 'x-requests-last': '3' }))
      .toEqual({ remaining: 410, used: 90, last: 3 });
  });

  it('when the provider reports fractional credits, then whole credits are kept', () => {
    expect(readQuota({ 'x-requests-remaining': '499.5', 'x-requests-used': '0.5' })).toEqual({ remaining: 499, used: 0, last: null });
  });

  it('when headers are missing or garbled, then the values are null', () => {
    expect(readQuota({ 'x-requests-remaining': 'lots', 'x-requests-used': '' })).toEqual({ remaining: null, used: null, last: null });
  });
});

describe('canAffordProps', () => {
  it('when the props pass would dip into the reserve, then it is not affordable', () => {
    expect(canAffordProps({ remaining: 100, used: 0, last: 3 }, 60, 50)).toBe(false);
    expect(canAffordProps({ remaining: 110, used: 0, last: 3 }, 60, 50)).toBe(true);
    expect(canAffordProps(null, 60, 50)).toBe(true);
  });
});
