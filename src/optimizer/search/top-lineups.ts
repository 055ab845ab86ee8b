import type { LineupModel } from '../model/lineup-model.js';
import { lineupShape } from '../model/lineup-shape.js';
import { ModelMirror } from '../solver/model-mirror.js';
import { leafVerifier } from '../solver/verify-lineup.js';
import { levelBounds, type BoundGroup } from './salary-bounds.js';
import { TopList, type FoundLineup } from './top-list.js';

/** Salary grid: at most this many budget steps (DK's $100 steps under a $50,000 cap are 500). */
const MAX_UNITS = 1000;
const EPS = 1e-7;

export interface TopSearchOptions {
  /** How many distinct lineups (by the set of people in them) to return. */
  count: number;
  /** Column costs to maximise (default: the model's). */
  costs?: ArrayLike<number>;
  /** Give up (complete: false) after this many search nodes. */
  nodeBudget?: number;
  /** Columns no lineup may hold beyond the model's own (exposure bans). */
  banCols?: Iterable<number>;
}

export interface TopSearchResult {
  /** Best first; each lineup's columns (helpers included) and objective. */
  lineups: FoundLineup[];
  /** False when the node budget ran out: the list is then not proven. */
  complete: boolean;
  nodes: number;
}

interface Column {
  col: number;
  cost: number;
  units: number;
  person: number;
  /** Player row: the order that makes one slot assignment of a lineup canonical. */
  row: number;
}

/**
 * The exact top-N lineups of a lineup model by depth-first branch and bound, without an LP: slots are filled group
 * by group (a group's picks in list order, so each set is met once), and a branch is cut when its points so far
 * plus a salary-aware bound on the open slots (distinct players per group, see levelBounds) cannot beat the N-th
 * best lineup found. Complete lineups are checked against every row of the model (stacks, team and game rules,
 * uniqueness cuts...), so any rule is honoured; rules the bound ignores only make the search longer.
 * Lock rows (exactly one of a few columns) are solved as one sub-search per locked column.
 * A lineup found through two slot assignments (an RB in FLEX or in RB) is kept once: an assignment where a later
 * group's player could swap with an earlier group's player of higher row index is skipped (the swap-minimal
 * assignment of every lineup survives), and the rest are merged by their set of people.
 * Returns null when the model has no salary row to bound with.
 */
export function searchTopLineups(model: LineupModel, options: TopSearchOptions): TopSearchResult | null {
  const mirror = new ModelMirror({ cost: options.costs ? Array.from(options.costs) : model.mip.cost, lower: model.mip.lower, upper: model.mip.upper, rows: model.mip.rows }, lineupShape(model));
  if (mirror.budgetRow < 0) return null;
  const budgetRow = mirror.rows[mirror.budgetRow];
  if (!budgetRow || !Number.isFinite(budgetRow.upper)) return null;
  const salary = new Float64Array(mirror.cost.length);
  budgetRow.idx.forEach((c, k) => { salary[c] = budgetRow.val[k] ?? 0; });

  const banned = bannedColumns(mirror);
  for (const c of options.banCols ?? []) banned[c] = 1;
  const verify = leafVerifier(mirror);
  const locks = lockRows(model, mirror);
  const top = new TopList(options.count);
  const state = { nodes: 0, budget: options.nodeBudget ?? Number.POSITIVE_INFINITY };
  for (const fixed of lockChoices(locks)) {
    if (new Set(fixed.map((c) => mirror.shape.person[c])).size < fixed.length) continue;
    if (fixed.some((c) => banned[c])) continue;
    if (!searchWithFixed(model, mirror, verify, salary, budgetRow.upper, banned, fixed, top, state)) {
      return { lineups: top.sorted(), complete: false, nodes: state.nodes };
    }
  }
  return { lineups: top.sorted(), complete: true, nodes: state.nodes };
}

function searchWithFixed(model: LineupModel, m: ModelMirror, verify: (cols: number[]) => number[] | null, salary: Float64Array, cap: number, banned: Uint8Array,
  fixed: number[], top: TopList, state: { nodes: number; budget: number }): boolean {
  const { group, person } = m.shape;
  const counts = model.groups.map((g) => g.count);
  let fixedSalary = 0;
  let fixedCost = 0;
  const usedPerson = new Set<number>();
  for (const c of fixed) {
    const g = group[c] ?? -1;
    counts[g] = (counts[g] ?? 0) - 1;
    fixedSalary += salary[c] ?? 0;
    fixedCost += m.cost[c] ?? 0;
    usedPerson.add(person[c] ?? -1);
  }
  if (counts.some((n) => n < 0) || fixedSalary > cap + EPS) return true;

  // Salary grid: the gcd of the salaries when it is coarse enough, else a floor to MAX_UNITS steps.
  const money = cap - fixedSalary;
  let unit = 0;
  for (const a of model.assign) unit = gcd(unit, Math.round(salary[a.col] ?? 0));
  unit = gcd(unit, Math.round(money));
  if (unit <= 0 || money / unit > MAX_UNITS) unit = Math.max(1, money / MAX_UNITS);
  const units = (s: number): number => Math.floor(s / unit + EPS);
  const moneyUnits = units(money);

  const order = counts.map((n, g) => ({ g, n })).filter((x) => x.n > 0);
  const lists = new Map<number, Column[]>();
  for (const { g } of order) lists.set(g, []);
  for (const a of model.assign) {
    const list = lists.get(a.group);
    if (!list || banned[a.col] || usedPerson.has(person[a.col] ?? -1)) continue;
    const s = salary[a.col] ?? 0;
    if (s > money + EPS) continue;
    list.push({ col: a.col, cost: m.cost[a.col] ?? 0, units: units(s), person: person[a.col] ?? -1, row: a.player });
  }
  // Small groups first (QB, DST...), flexible ones (FLEX, UTIL) last: fewer branches near the root.
  order.sort((a, b) => (lists.get(a.g)?.length ?? 0) - (lists.get(b.g)?.length ?? 0));
  for (const list of lists.values()) list.sort((a, b) => b.cost - a.cost || a.units - b.units);
  if (order.some(({ g, n }) => (lists.get(g)?.length ?? 0) < n)) return true;

  // Which groups each player row can fill, and which groups are interchangeable (same points and salary factor).
  const rowGroups = new Map<number, Set<number>>();
  for (const a of model.assign) rowGroups.set(a.player, (rowGroups.get(a.player) ?? new Set()).add(a.group));
  const sameFactors = (a: number, b: number): boolean => {
    const ga = model.groups[a];
    const gb = model.groups[b];
    return !!ga && !!gb && ga.pointsMultiplier === gb.pointsMultiplier && ga.salaryMultiplier === gb.salaryMultiplier;
  };
  const slotLocks = model.rules.locks.some((l) => l.slot !== undefined);

  const levels: Array<{ g: number; list: Column[]; first: boolean }> = [];
  for (const { g, n } of order) for (let r = 0; r < n; r += 1) levels.push({ g, list: lists.get(g) ?? [], first: r === 0 });
  const bounds = levelBounds(order.map(({ g, n }) => {
    const list = lists.get(g) ?? [];
    return { count: n, cost: Float64Array.from(list, (c) => c.cost), units: Int32Array.from(list, (c) => c.units) } satisfies BoundGroup;
  }), moneyUnits);

  const depth = levels.length;
  const chosen: Column[] = [];
  const chosenGroup: number[] = [];
  const used = new Set<number>(usedPerson);
  let aborted = false;

  const canonical = (c: Column, g: number): boolean => {
    if (slotLocks) return true;
    const mine = rowGroups.get(c.row);
    for (let i = 0; i < chosen.length; i += 1) {
      const x = chosen[i] as Column;
      const xg = chosenGroup[i] ?? -1;
      if (xg === g || x.row < c.row || !sameFactors(xg, g)) continue;
      // x (earlier group) could take this player's place and this player x's: the swap sorts lower, so it is met there.
      if (mine?.has(xg) && rowGroups.get(x.row)?.has(g)) return false;
    }
    return true;
  };

  const leaf = (value: number): void => {
    const total = value + fixedCost;
    if (total <= top.threshold()) return;
    const cols = [...fixed, ...chosen.map((c) => c.col)];
    const key = cols.map((c) => person[c] ?? -1).sort((a, b) => a - b).join(',');
    if (!top.improves(key, total)) return;
    const ones = verify(cols);
    if (ones) top.add({ key, objective: total, ones });
  };

  const visit = (level: number, value: number, left: number, start: number): void => {
    if (level === depth) {
      leaf(value);
      return;
    }
    const { g, list, first } = levels[level] as (typeof levels)[number];
    const next = bounds[level + 1] as Float64Array;
    const floor = top.threshold() - fixedCost + EPS;
    const reach = next[left] ?? Number.NEGATIVE_INFINITY;
    for (let i = first ? 0 : start; i < list.length; i += 1) {
      const c = list[i] as Column;
      // Costs fall along the list: once the best budget left cannot lift this pick over the floor, none can.
      if (value + c.cost + reach <= floor) break;
      if (c.units > left) continue;
      if (value + c.cost + (next[left - c.units] ?? Number.NEGATIVE_INFINITY) <= floor) continue;
      if (used.has(c.person)) continue;
      if (!canonical(c, g)) continue;
      if (++state.nodes > state.budget) {
        aborted = true;
        return;
      }
      used.add(c.person);
      chosen.push(c);
      chosenGroup.push(g);
      visit(level + 1, value + c.cost, left - c.units, i + 1);
      chosen.pop();
      chosenGroup.pop();
      used.delete(c.person);
      if (aborted) return;
    }
  };
  visit(0, 0, moneyUnits, 0);
  return !aborted;
}

/** Columns no lineup may hold: fixed to 0, or in a row that caps a sum of non-negative terms at 0 (excludes). */
function bannedColumns(m: ModelMirror): Uint8Array {
  const out = new Uint8Array(m.cost.length);
  m.upper.forEach((u, c) => { if (u < 0.5) out[c] = 1; });
  for (const row of m.rows) {
    if (row.upper > EPS || row.val.some((v) => v < 0)) continue;
    for (const c of row.idx) out[c] = 1;
  }
  return out;
}

/** Lock rows (exactly one of a few player columns): each becomes a choice of which column carries it. */
function lockRows(model: LineupModel, m: ModelMirror): number[][] {
  const locks: number[][] = [];
  model.mip.rows.forEach((row) => {
    if (!row.group.startsWith('lock ') || row.lower !== 1 || row.upper !== 1) return;
    if (row.val.some((v) => v !== 1) || row.idx.some((c) => (m.shape.group[c] ?? -1) < 0)) return;
    locks.push(row.idx);
  });
  return locks;
}

/** Every way to place each lock in one of its columns. */
function* lockChoices(locks: number[][]): Generator<number[]> {
  if (locks.length === 0) {
    yield [];
    return;
  }
  const [head, ...rest] = locks;
  for (const tail of lockChoices(rest)) for (const c of head ?? []) yield [c, ...tail];
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}
