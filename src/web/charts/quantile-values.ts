/**
 * When a projection set keeps percentiles but no raw draws, the histogram is drawn from the percentiles: evenly
 * spaced probabilities are mapped through the piecewise-linear quantile function the stored points define. It
 * shows the same floor, median and ceiling the sim found, with less detail in the tails than raw draws.
 */

export interface QuantilePoint { p: number; value: number }

/** `count` values at probabilities (i + 0.5) / count; outside the known points the nearest point's value holds. */
export function valuesFromQuantiles(points: readonly QuantilePoint[], count = 400): number[] {
  const known = points.filter((q) => Number.isFinite(q.value) && q.p >= 0 && q.p <= 1).sort((a, b) => a.p - b.p);
  if (known.length < 2) return [];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = (i + 0.5) / count;
    const upper = known.findIndex((q) => q.p >= p);
    if (upper <= 0) { out.push(upper === 0 ? known[0]!.value : known[known.length - 1]!.value); continue; }
    const a = known[upper - 1]!;
    const b = known[upper]!;
    out.push(a.value + ((p - a.p) / (b.p - a.p || 1)) * (b.value - a.value));
  }
  return out;
}
