import type { ModelMirror } from './model-mirror.js';
import { budgetTable } from './budget-table.js';
import { verifyLineup } from './verify-lineup.js';

const EPS = 1e-6;

export interface SearchResult {
  ones: number[];
  objective: number;
}

/**
 * Local search for a start lineup: from `from` (usually the slice's last lineup, which the newest cut or an exposure
 * ban has just made infeasible), tries every way to drop up to `maxDrop` of its players (banned ones must go) and
 * refills the open slots by depth-first search, best projections first, pruned by the objective and by rows that
 * only grow (salary, max per team, uniqueness cuts). Complete lineups that beat the best so far are checked
 * against every row of the model. Returns the best feasible lineup found, or null.
 * Why: a time-limited HiGHS solve usually stops at the root node; with this lineup as its incumbent it returns at
 * least this, instead of whatever its root heuristics happened to find (often 5-10% worse).
 */
export function searchLineup(m: ModelMirror, from: number[], maxDrop = 3, maxNodes = 60_000): SearchResult | null {
  const { group, person, counts } = m.shape;
  const positions = from.filter((c) => (group[c] ?? -1) >= 0);
  const filled = counts.map(() => 0);
  for (const c of positions) filled[group[c] ?? 0] = (filled[group[c] ?? 0] ?? 0) + 1;
  if (filled.some((n, g) => n !== counts[g])) return null;

  const rowCount = m.rows.length;
  const mono = growingRows(m);
  const floorRows = hardFloorRows(m);
  const base = new Float64Array(rowCount);
  m.lower.forEach((lo, c) => {
    if (lo >= 0.5 && (group[c] ?? -1) < 0) for (const [r, v] of m.colRows[c] ?? []) base[r] = (base[r] ?? 0) + v;
  });
  for (const c of positions) for (const [r, v] of m.colRows[c] ?? []) base[r] = (base[r] ?? 0) + v;

  const lists = counts.map((): number[] => []);
  group.forEach((g, c) => {
    if (g >= 0 && (m.upper[c] ?? 0) >= 0.5) lists[g]?.push(c);
  });
  for (const list of lists) list.sort((a, b) => (m.cost[b] ?? 0) - (m.cost[a] ?? 0));

  const budget = budgetTable(m, lists);
  const mandatory = positions.map((c, i) => ((m.upper[c] ?? 0) < 0.5 ? i : -1)).filter((i) => i >= 0);
  const droppable = positions.map((c, i) => ((m.lower[c] ?? 0) < 0.5 ? i : -1)).filter((i) => i >= 0);
  let best: SearchResult | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  const total = positions.reduce((t, c) => t + (m.cost[c] ?? 0), 0);
  if (mandatory.length === 0) {
    const asIs = verifyLineup(m, positions);
    if (asIs) {
      best = { ones: asIs, objective: total };
      bestValue = total;
    }
  }

  const act = new Float64Array(rowCount);
  const used = new Set<number>();
  let nodes = 0;
  const chosen: number[] = [];

  for (const drop of dropSets(droppable, mandatory, Math.max(maxDrop, mandatory.length), positions, m.cost)) {
    if (nodes > maxNodes) break;
    act.set(base);
    used.clear();
    let kept = total;
    const keptCols: number[] = [];
    positions.forEach((c, i) => {
      if (drop.includes(i)) {
        kept -= m.cost[c] ?? 0;
        for (const [r, v] of m.colRows[c] ?? []) act[r] = (act[r] ?? 0) - v;
      } else {
        keptCols.push(c);
        used.add(person[c] ?? -1);
      }
    });
    // A growing row already over its limit cannot be mended by adding players.
    if (!mono.every((on, r) => !on || (act[r] ?? 0) <= (m.rows[r]?.upper ?? Infinity) + EPS)) continue;
    // Rows short of their lower bound now (a dropped stack receiver, a forced player) must be met by the refill.
    const short = floorRows.filter((r) => (act[r] ?? 0) < (m.rows[r]?.lower ?? 0) - EPS);
    const opens = drop.map((i) => group[positions[i] ?? -1] ?? 0).sort((a, b) => a - b);
    // rest(k, money): the best the open slots from k on can add with that much salary left, each slot alone.
    const minSal = opens.map((g) => budget.minSalary[g] ?? 0);
    const rest = (k: number, money: number): number => {
      let t = 0;
      let others = 0;
      for (let j = k; j < opens.length; j += 1) others += minSal[j] ?? 0;
      for (let j = k; j < opens.length; j += 1) t += budget.best(opens[j] ?? 0, money - others + (minSal[j] ?? 0));
      return t;
    };
    const money0 = budget.cap - (m.budgetRow >= 0 ? (act[m.budgetRow] ?? 0) : 0);

    const fill = (level: number, value: number, from: number, money: number): void => {
      if (level === opens.length) {
        if (value <= bestValue + EPS) return;
        for (const r of short) if ((act[r] ?? 0) < (m.rows[r]?.lower ?? 0) - EPS) return;
        const ones = verifyLineup(m, [...keptCols, ...chosen]);
        if (ones) {
          best = { ones, objective: value };
          bestValue = value;
        }
        return;
      }
      const g = opens[level] ?? 0;
      const list = lists[g] ?? [];
      // Two open slots of one group take columns in list order, so each pair is tried once.
      const start = level > 0 && opens[level - 1] === g ? from + 1 : 0;
      // Costs fall along the list: once even the most money left cannot reach the best, no later column can.
      const ceiling = rest(level + 1, money - (minSal[level] ?? 0));
      for (let k = start; k < list.length; k += 1) {
        if (nodes > maxNodes) return;
        const c = list[k] ?? 0;
        const v = value + (m.cost[c] ?? 0);
        if (v + ceiling <= bestValue + EPS) return;
        const left = money - (budget.salary[c] ?? 0);
        if (left < -EPS || v + rest(level + 1, left) <= bestValue + EPS) continue;
        const who = person[c] ?? -1;
        if (used.has(who)) continue;
        nodes += 1;
        if (!addColumn(m, mono, act, c)) continue;
        used.add(who);
        chosen.push(c);
        fill(level + 1, v, k, left);
        chosen.pop();
        used.delete(who);
        for (const [r, val] of m.colRows[c] ?? []) act[r] = (act[r] ?? 0) - val;
      }
    };
    fill(0, kept, 0, money0);
  }
  return best;
}

/** Adds a column's activity; false (and nothing added) when a growing row would pass its upper bound. */
function addColumn(m: ModelMirror, mono: Uint8Array, act: Float64Array, c: number): boolean {
  const rows = m.colRows[c] ?? [];
  for (const [r, v] of rows) {
    if (mono[r] && (act[r] ?? 0) + v > (m.rows[r]?.upper ?? Infinity) + EPS) return false;
  }
  for (const [r, v] of rows) act[r] = (act[r] ?? 0) + v;
  return true;
}

/** Rows with a finite upper bound whose free columns all have non-negative coefficients: adding only raises them. */
function growingRows(m: ModelMirror): Uint8Array {
  const out = new Uint8Array(m.rows.length);
  m.rows.forEach((row, r) => {
    if (row.upper === Infinity) return;
    out[r] = row.idx.every((c, k) => (row.val[k] ?? 0) >= 0 || (m.upper[c] ?? 0) < 0.5 || (m.lower[c] ?? 0) >= 0.5) ? 1 : 0;
  });
  return out;
}

/** Rows with a lower bound and no free helper column, whose shortfall the search can see directly. */
function hardFloorRows(m: ModelMirror): number[] {
  const out: number[] = [];
  m.rows.forEach((row, r) => {
    if (row.lower === -Infinity) return;
    const helper = row.idx.some((c) => (m.shape.group[c] ?? -1) < 0 && (m.lower[c] ?? 0) < 0.5 && (m.upper[c] ?? 0) >= 0.5);
    if (!helper) out.push(r);
  });
  return out;
}

/** Position sets to drop, smallest first and within a size cheapest first: each holds every mandatory position. */
function* dropSets(droppable: number[], mandatory: number[], maxSize: number, positions: number[], cost: Float64Array): Generator<number[]> {
  const optional = droppable.filter((i) => !mandatory.includes(i));
  const costOf = (set: number[]): number => set.reduce((t, i) => t + (cost[positions[i] ?? -1] ?? 0), 0);
  for (let extra = mandatory.length === 0 ? 1 : 0; mandatory.length + extra <= maxSize; extra += 1) {
    const sets: number[][] = [];
    const pick = (from: number, acc: number[]): void => {
      if (acc.length === extra) {
        sets.push([...mandatory, ...acc]);
        return;
      }
      for (let i = from; i < optional.length; i += 1) pick(i + 1, [...acc, optional[i] ?? -1]);
    };
    pick(0, []);
    sets.sort((a, b) => costOf(a) - costOf(b));
    yield* sets;
  }
}
