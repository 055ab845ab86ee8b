/**
 * When a projection set keeps percentiles but no raw draws, the histogram is drawn from the percentiles: evenly
 * spaced probabilities are mapped through the piecewise-linear quantile function the stored points define. It
 * shows the same floor, median and ceiling the sim found, with less detail in the tails than raw draws.
 */

export interface QuantilePoint { p: number; value: number }

/**
 * `count` values at probabilities (i + 0.5) / count. Below the lowest and above the highest known point the
 * outer segments' slopes continue to p = 0 and p = 1; holding the end value instead would pile the whole tail
 * into one bar, a spike the simulation never produced.
 */
export function valuesFromQuantiles(points: readonly QuantilePoint[], count = 400): number[] {
  const given = points.filter((q) => Number.isFinite(q.value) && q.p >= 0 && q.p <= 1).sort((a, b) => a.p - b.p);
  if (given.length < 2) return [];
  const [a0, a1] = [given[0]!, given[1]!];
  const [b0, b1] = [given[given.length - 2]!, given[given.length - 1]!];
  const known = [
    ...(a0.p > 0 ? [{ p: 0, value: a0.value - (a0.p * (a1.value - a0.value)) / (a1.p - a0.p || 1) }] : []),
    ...given,
    ...(b1.p < 1 ? [{ p: 1, value: b1.value + ((1 - b1.p) * (b1.value - b0.value)) / (b1.p - b0.p || 1) }] : []),
  ];
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
