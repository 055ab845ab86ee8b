/** Per-player statistics stored with a projection set. */
export interface PlayerSummary {
  mean: number;
  sd: number;
  median: number;
  p10: number;
  p25: number;
  p75: number;
  p90: number;
  p99: number;
  /** Share of sims reaching 4x / 5x salary/1000 (DraftKings' value targets; "boom"). */
  value4x: number;
  value5x: number;
  /** Share of sims below 2x salary/1000 ("bust"). */
  bust: number;
  /** Share of sims scoring exactly 0 (did not play, or a true zero). */
  zero: number;
}

/** Value multiples used for boom/bust (points per 1,000 of salary). */
export interface ValueThresholds {
  boomLow: number;
  boomHigh: number;
  bust: number;
}

/** DraftKings-style thresholds; FanDuel salaries are ~20% higher per point, so use lower multiples there. */
export const DEFAULT_VALUE_THRESHOLDS: ValueThresholds = { boomLow: 4, boomHigh: 5, bust: 2 };

/**
 * Summarizes one player's draws `draws[offset .. offset + count)`. Percentiles interpolate between order
 * statistics (the common "type 7" definition), so they agree with numpy/R defaults.
 */
export function summarizePlayer(
  draws: Float32Array,
  offset: number,
  count: number,
  salary: number,
  thresholds: ValueThresholds = DEFAULT_VALUE_THRESHOLDS,
): PlayerSummary {
  const sorted = draws.slice(offset, offset + count).sort();
  let sum = 0;
  for (let i = 0; i < count; i++) sum += sorted[i]!;
  const mean = sum / count;
  let ss = 0;
  for (let i = 0; i < count; i++) ss += (sorted[i]! - mean) ** 2;
  const sd = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
  const perK = salary / 1000;
  return {
    mean,
    sd,
    median: quantileSorted(sorted, 0.5),
    p10: quantileSorted(sorted, 0.1),
    p25: quantileSorted(sorted, 0.25),
    p75: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
    value4x: salary > 0 ? shareAtLeast(sorted, thresholds.boomLow * perK) : 0,
    value5x: salary > 0 ? shareAtLeast(sorted, thresholds.boomHigh * perK) : 0,
    bust: salary > 0 ? 1 - shareAtLeast(sorted, thresholds.bust * perK) : 0,
    zero: countEqual(sorted, 0) / count,
  };
}

/** Summaries of every player of a player-major draw matrix with `count` sims per player. */
export function summarizeDraws(draws: Float32Array, count: number, salaries: readonly number[], thresholds?: ValueThresholds): PlayerSummary[] {
  return salaries.map((salary, p) => summarizePlayer(draws, p * count, count, salary, thresholds));
}

function quantileSorted(sorted: Float32Array, q: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Share of values >= x (float32 comparison, as the draws are stored). */
function shareAtLeast(sorted: Float32Array, x: number): number {
  const target = Math.fround(x);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return (sorted.length - lo) / sorted.length;
}

function countEqual(sorted: Float32Array, x: number): number {
  let c = 0;
  for (let i = 0; i < sorted.length; i++) if (sorted[i] === x) c++;
  return c;
}
