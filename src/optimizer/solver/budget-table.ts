import type { ModelMirror } from './model-mirror.js';

const EPS = 1e-6;

export interface BudgetTable {
  cap: number;
  salary: Float64Array;
  minSalary: number[];
  /** Highest cost in group g among columns with salary at most `money`. */
  best: (g: number, money: number) => number;
}

/** Salary per column (its salary-cap coefficient) and per group the best cost affordable at each budget. */
export function budgetTable(m: ModelMirror, lists: number[][]): BudgetTable {
  const salary = new Float64Array(m.cost.length);
  const row = m.rows[m.budgetRow];
  if (row) row.idx.forEach((c, k) => { salary[c] = row.val[k] ?? 0; });
  const tables = lists.map((list) => {
    const bySalary = [...list].sort((a, b) => (salary[a] ?? 0) - (salary[b] ?? 0));
    const sal = bySalary.map((c) => salary[c] ?? 0);
    const top: number[] = [];
    let run = Number.NEGATIVE_INFINITY;
    for (const c of bySalary) {
      run = Math.max(run, m.cost[c] ?? 0);
      top.push(run);
    }
    return { sal, top };
  });
  const best = (g: number, money: number): number => {
    const t = tables[g];
    if (!t) return Number.NEGATIVE_INFINITY;
    let lo = 0;
    let hi = t.sal.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((t.sal[mid] ?? 0) <= money + EPS) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? Number.NEGATIVE_INFINITY : (t.top[lo - 1] ?? Number.NEGATIVE_INFINITY);
  };
  return { cap: row ? row.upper : Number.POSITIVE_INFINITY, salary, minSalary: tables.map((t) => t.sal[0] ?? 0), best };
}
