import { describe, expect, it } from 'vitest';
import { depthCharts, depthWeights, type DepthCandidate } from './depth-weight.js';

function c(team: string, group: string, salary: number, expected: number, battingOrder: number | null = null): DepthCandidate {
  return { team, group, salary, expected, battingOrder };
}

describe('depthWeights', () => {
  it('when a backup QB carries a higher season average than the priced starter, then the salary names the starter', () => {
    // NYJ on the DK 2022-11-20 slate: Flacco 18.9 avg at $4,900, Zach Wilson 13.5 at $5,000 (Wilson started).
    const w = depthWeights('NFL', [c('NYJ', 'QB', 4900, 18.9), c('NYJ', 'QB', 5000, 13.5), c('NYJ', 'QB', 4900, 0)]);
    expect(w[1]).toBe(1);
    expect(w[0]).toBeCloseTo(0.05, 12);
    expect(w[2]).toBeLessThan(0.01);
  });

  it('when an upload projects the pricier QB near zero, then the projection demotes him', () => {
    const w = depthWeights('NFL', [c('A', 'QB', 6000, 1.5), c('A', 'QB', 5000, 17)]);
    expect(w[1]).toBe(1);
    expect(w[0]).toBeCloseTo(0.05, 12);
  });

  it('when a team has more receivers than regulars, then the first three keep full weight and the rest decay', () => {
    const w = depthWeights('NFL', [c('A', 'WR', 8000, 20), c('A', 'WR', 6000, 14), c('A', 'WR', 5000, 10), c('A', 'WR', 4000, 6), c('A', 'WR', 3000, 3), c('B', 'WR', 3000, 1)]);
    expect(Array.from(w.subarray(0, 3))).toEqual([1, 1, 1]);
    expect(w[3]).toBeCloseTo(0.35, 12);
    expect(w[4]).toBeCloseTo(0.35 ** 2, 12);
    // Another team's lone receiver is that team's regular.
    expect(w[5]).toBe(1);
  });

  it('when an MLB lineup is posted, then the batting order is the depth chart and the bench fades', () => {
    const hitters = Array.from({ length: 9 }, (_, i) => c('A', 'H', 3000, 6, i + 1));
    const w = depthWeights('MLB', [...hitters, c('A', 'H', 5500, 9)]);
    expect(Array.from(w.subarray(0, 9)).every((v) => v === 1)).toBe(true);
    expect(w[9]).toBeCloseTo(0.35, 12);
  });

  it('when the sport has no depth order (NBA), then every weight stays 1', () => {
    const w = depthWeights('NBA', [c('A', 'C', 9000, 40), c('A', 'C', 4000, 12), c('A', 'C', 3000, 5)]);
    expect(Array.from(w)).toEqual([1, 1, 1]);
  });

  it('when the top of a chart is priced alike, then the chart counts them as contenders and still ranks them by projection', () => {
    // NO on the DK 2022-11-20 slate: Dalton 15.25 and Winston 17.31 both at $5,300, Hill 9.56 at $5,000.
    const [no, nyj] = depthCharts('NFL', [c('NO', 'QB', 5300, 15.25), c('NO', 'QB', 5300, 17.31), c('NO', 'QB', 5000, 9.56), c('NYJ', 'QB', 4900, 18.9), c('NYJ', 'QB', 5000, 13.5)]);
    expect(no).toEqual({ order: [1, 0, 2], contenders: 2 });
    expect(nyj).toEqual({ order: [4, 3], contenders: 1 });
  });
});
