/**
 * Upper bounds for filling roster slots under a salary budget, on a coarse salary grid. Salaries are floored to
 * multiples of `unit` and the budget too: a lineup that fits the real cap also fits the floored one, so every
 * bound here stays a true upper bound (a relaxation), whatever the grid.
 */

export interface BoundGroup {
  /** How many distinct columns of this group the rest of the lineup takes. */
  count: number;
  cost: Float64Array;
  units: Int32Array;
}

const NEG = Number.NEGATIVE_INFINITY;

/**
 * best[j][m]: the most `j` distinct columns of the group can add with at most `m` salary units (a 0/1 knapsack
 * with a cardinality, -Infinity where impossible). Non-decreasing in m.
 */
export function groupTables(g: BoundGroup, money: number): Float64Array[] {
  const best = Array.from({ length: g.count + 1 }, (_, j) => new Float64Array(money + 1).fill(j === 0 ? 0 : NEG));
  for (let i = 0; i < g.cost.length; i += 1) {
    const c = g.cost[i] ?? 0;
    const u = g.units[i] ?? 0;
    for (let j = g.count; j >= 1; j -= 1) {
      const into = best[j] as Float64Array;
      const from = best[j - 1] as Float64Array;
      for (let m = money; m >= u; m -= 1) {
        const v = (from[m - u] ?? NEG) + c;
        if (v > (into[m] ?? NEG)) into[m] = v;
      }
    }
  }
  return best;
}

/** (a ⊕ b)[m] = max over m1 of a[m1] + b[m - m1]: two independent parts sharing one budget. */
export function combine(a: Float64Array, b: Float64Array): Float64Array {
  const money = a.length - 1;
  const out = new Float64Array(money + 1).fill(NEG);
  // Only the budgets where a rises matter: a is non-decreasing, so a[m1] at a plateau is dominated by its start.
  const steps: number[] = [];
  let last = NEG;
  for (let m1 = 0; m1 <= money; m1 += 1) {
    const v = a[m1] ?? NEG;
    if (v > last) {
      steps.push(m1);
      last = v;
    }
  }
  for (const m1 of steps) {
    const av = a[m1] ?? NEG;
    for (let m = m1; m <= money; m += 1) {
      const v = av + (b[m - m1] ?? NEG);
      if (v > (out[m] ?? NEG)) out[m] = v;
    }
  }
  return out;
}

/**
 * Per search level (one slot pick each, groups in order, `count` picks per group), the bound on what the picks
 * from that level on can add with m units left; one extra level at the end is all zeros.
 */
export function levelBounds(groups: BoundGroup[], money: number): Float64Array[] {
  const tables = groups.map((g) => groupTables(g, money));
  const levels: Float64Array[] = [];
  let suffix: Float64Array = new Float64Array(money + 1);
  const out: Float64Array[][] = [];
  for (let k = groups.length - 1; k >= 0; k -= 1) {
    const g = groups[k] as BoundGroup;
    const t = tables[k] as Float64Array[];
    const perLevel: Float64Array[] = [];
    // Level for the group's pick r (0-based): count - r picks of this group are still open.
    for (let r = 0; r < g.count; r += 1) perLevel.push(combine(t[g.count - r] as Float64Array, suffix));
    out.unshift(perLevel);
    suffix = perLevel[0] ?? suffix;
  }
  for (const perLevel of out) levels.push(...perLevel);
  levels.push(new Float64Array(money + 1));
  return levels;
}
