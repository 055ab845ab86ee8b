import { describe, expect, it } from 'vitest';
import { scoreDraws } from './draw-scores.js';

describe('scoreDraws', () => {
  // 10 draws: 4 sits (0) and 6 plays 10..60.
  const draws = Float32Array.from([0, 10, 0, 20, 30, 0, 40, 50, 0, 60]);
  const sat = Uint8Array.from([1, 0, 1, 0, 0, 1, 0, 0, 1, 0]);

  it('when he may sit, then a player who played is graded against the draws where he plays', () => {
    const s = scoreDraws(draws, 0, 10, 25, 0, sat);
    // Whole distribution: median 15, so 25 is above it; given he plays: median 35, so 25 is at or below it.
    expect(s.atOrBelow[2]).toBe(false);
    expect(s.atOrBelowIfPlays[2]).toBe(true);
    expect(s.mean).toBeCloseTo(21, 5);
  });

  it('when he did not play, then his 0 spreads its PIT over the sit mass', () => {
    const s = scoreDraws(draws, 0, 10, 0, 0, sat);
    // PIT uniform on [0, 0.4]: at or below 0.1 with chance 0.25, at or below 0.25 with 0.625, at or below 0.5 surely.
    expect(s.pitAtOrBelow[0]).toBeCloseTo(0.25, 12);
    expect(s.pitAtOrBelow[1]).toBeCloseTo(0.625, 12);
    expect(s.pitAtOrBelow[2]).toBe(1);
  });
});
