/** What one player's draws say about his actual score. */
export interface DrawScore {
  mean: number;
  /** Mean of the draws where he plays (all draws when he never sits). */
  meanIfPlays: number;
  /** Continuous ranked probability score of the draws against the actual (lower is better). */
  crps: number;
  /** actual <= each of p10, p25, p50, p75, p90, p99 of the draws. */
  atOrBelow: [boolean, boolean, boolean, boolean, boolean, boolean];
  /** The same against the draws where he plays (his distribution given he plays; all draws when he never sits). */
  atOrBelowIfPlays: [boolean, boolean, boolean, boolean, boolean, boolean];
  /**
   * Chance that his randomized PIT is at or below each level: a point mass at the actual (a did-not-play 0 against
   * the simulated sits) spreads its PIT uniformly over the mass, so every player, played or not, can be graded.
   */
  pitAtOrBelow: [number, number, number, number, number, number];
  /** Share of draws reaching 5x salary/1000. */
  boom: number;
}

export const COVERAGE_LEVELS = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99] as const;

function quantileSorted(sorted: Float32Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Scores draws[offset .. offset+count) against the actual. CRPS = E|X - y| - E|X - X'| / 2, the second term
 * from the sorted draws in one pass (sum over (2i - n - 1) x_(i), i from 1).
 */
export function scoreDraws(draws: Float32Array, offset: number, count: number, actual: number, salary: number, sat?: Uint8Array): DrawScore {
  const sorted = draws.slice(offset, offset + count).sort();
  const playing = sat ? draws.slice(offset, offset + count).filter((_, i) => sat[offset + i] === 0).sort() : sorted;
  const ifPlays = playing.length > 0 ? playing : sorted;
  let sum = 0;
  let absErr = 0;
  let spread = 0;
  for (let i = 0; i < count; i++) {
    const x = sorted[i]!;
    sum += x;
    absErr += Math.abs(x - actual);
    spread += (2 * (i + 1) - count - 1) * x;
  }
  const boomAt = Math.fround((5 * salary) / 1000);
  let booms = 0;
  for (let i = count - 1; i >= 0 && sorted[i]! >= boomAt; i--) booms++;
  const atOrBelow = COVERAGE_LEVELS.map((q) => actual <= quantileSorted(sorted, q)) as DrawScore['atOrBelow'];
  const atOrBelowIfPlays = COVERAGE_LEVELS.map((q) => actual <= quantileSorted(ifPlays, q)) as DrawScore['atOrBelowIfPlays'];
  const target = Math.fround(actual);
  let below = 0;
  let equal = 0;
  for (let i = 0; i < count; i++) {
    if (sorted[i]! < target) below++;
    else if (sorted[i] === target) equal++;
    else break;
  }
  const pitAtOrBelow = COVERAGE_LEVELS.map((q) => {
    const lo = below / count;
    const hi = (below + equal) / count;
    return hi === lo ? (lo <= q ? 1 : 0) : Math.min(Math.max((q - lo) / (hi - lo), 0), 1);
  }) as DrawScore['pitAtOrBelow'];
  const meanIfPlays = ifPlays.reduce((a, b) => a + b, 0) / ifPlays.length;
  return { mean: sum / count, meanIfPlays, crps: absErr / count - spread / (count * count), atOrBelow, atOrBelowIfPlays, pitAtOrBelow, boom: salary > 0 ? booms / count : 0 };
}
