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
  /** Give up (complete: false) after this many complete lineups failed a model row. */
  failedLeafBudget?: number;
  /** performance.now() after which the search gives up (complete: false). */
  deadline?: number;
  /** Columns no lineup may hold beyond the model's own (exposure bans). */
  banCols?: Iterable<number>;
  /** Only lineups above this objective are wanted (a known lineup's value: a warm start). */
  floor?: number;
  /** Salary grid steps for the bounds (fewer: cheaper tables, looser bounds). Default MAX_UNITS. */
  maxUnits?: number;
  /** Uniqueness cuts: no lineup may share more than `maxOverlap` people with any of `lineups` (columns at 1). */
  cuts?: { lineups: number[][]; maxOverlap: number };
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
  /** Salary (with the slot's factor). */
  money: number;
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
 * Lock rows (exactly one of a few columns) and one-team stack rules are solved as sub-searches from fixed starts
 * (see fixedSets), best root bound first.
 * A lineup found through two slot assignments (an RB in FLEX or in RB) is kept once: an assignment where a later
 * group's player could swap with an earlier group's player of higher row index is skipped (the swap-minimal
 * assignment of every lineup survives), and the rest are merged by their set of people.
 * Returns null when the model has no salary row to bound with.
 */
export function searchTopLineups(model: LineupModel, options: TopSearchOptions, prepared: PreparedSearch | null = prepareSearch(model)): TopSearchResult | null {
  if (!prepared) return null;
  const { mirror, salary, cap, verify } = prepared;
  mirror.setCosts(options.costs ?? model.mip.cost);
  const banned = bannedColumns(mirror);
  for (const c of options.banCols ?? []) banned[c] = 1;
  const space = new SearchSpace(model, mirror, salary, cap, banned, options.cuts, verify, options.maxUnits ?? MAX_UNITS);
  const top = new TopList(options.count, options.floor);
  const state: SearchState = { nodes: 0, failedLeaves: 0, failBudget: options.failedLeafBudget ?? Number.POSITIVE_INFINITY, budget: options.nodeBudget ?? Number.POSITIVE_INFINITY, deadline: options.deadline ?? Number.POSITIVE_INFINITY, aborted: false };
  // Each fixed set (lock placements x stack cores, then bring-backs) is one sub-search; the most promising go
  // first, so the cut-off rises early and most of the rest end at their root.
  const bounded = (sets: number[][]): Array<{ fixed: number[]; bound: number }> => sets
    .filter((fixed) => space.canonicalStart(fixed, lockCount))
    .map((fixed) => ({ fixed, bound: space.rootBound(fixed) }))
    .filter((x) => x.bound > Number.NEGATIVE_INFINITY)
    .sort((a, b) => b.bound - a.bound);
  const { starts, lockCount } = fixedSets(model, mirror, banned);
  const byBase = new Map(starts.map((st) => [st.fixed, st.backs]));
  for (const base of bounded(starts.map((st) => st.fixed))) {
    if (base.bound <= top.threshold() + EPS) break;
    const backs = byBase.get(base.fixed) ?? [[]];
    const person = mirror.shape.person;
    const sets = backs.filter((b) => b.every((c) => base.fixed.every((f) => person[f] !== person[c]))).map((b) => [...base.fixed, ...b]);
    for (const { fixed, bound } of bounded(sets)) {
      if (bound <= top.threshold() + EPS) break;
      space.search(fixed, top, state);
      if (state.aborted) return { lineups: top.sorted(), complete: false, nodes: state.nodes };
    }
  }
  return { lineups: top.sorted(), complete: true, nodes: state.nodes };
}

/** What many searches of one model (one per sim draw) share: the model mirror, salaries and the leaf check. */
export interface PreparedSearch {
  mirror: ModelMirror;
  salary: Float64Array;
  cap: number;
  verify: (cols: number[]) => number[] | null;
}

/** Prepares a model for searchTopLineups; null when it has no finite salary cap to bound with. */
export function prepareSearch(model: LineupModel): PreparedSearch | null {
  const mirror = new ModelMirror({ cost: model.mip.cost, lower: model.mip.lower, upper: model.mip.upper, rows: model.mip.rows }, lineupShape(model));
  if (mirror.budgetRow < 0) return null;
  const budgetRow = mirror.rows[mirror.budgetRow];
  if (!budgetRow || !Number.isFinite(budgetRow.upper)) return null;
  const salary = new Float64Array(mirror.cost.length);
  budgetRow.idx.forEach((c, k) => { salary[c] = budgetRow.val[k] ?? 0; });
  return { mirror, salary, cap: budgetRow.upper, verify: leafVerifier(mirror) };
}

interface SearchState {
  nodes: number;
  /** Complete lineups that broke a row the bounds do not see (a sign the search is the wrong tool). */
  failedLeaves: number;
  failBudget: number;
  budget: number;
  deadline: number;
  aborted: boolean;
}

interface Level {
  g: number;
  list: Column[];
  first: boolean;
}

/** What every sub-search of one model shares: the salary grid, the candidate lists and the bound tables. */
class SearchSpace {
  private readonly unit: number;
  private readonly lists: Column[][];
  private readonly plans = new Map<string, { levels: Level[]; bounds: Float64Array[] }>();
  private readonly rowGroups = new Map<number, Set<number>>();
  /** Player row of each player column. */
  private readonly colRow: Int32Array;
  /** Per player row, the slot groups he may fill (bits); per group, the groups sharing its factors (no bits with slot locks or 31+ groups). */
  private readonly rowMask: Int32Array;
  private readonly swapMask: Int32Array;
  /** Per person, 1 while in the current branch. */
  private readonly used: Uint8Array;
  private readonly slotLocks: boolean;

  /** Per person, the cut lineups holding him; and how many people the current branch shares with each. */
  private readonly cutsOf = new Map<number, number[]>();
  private readonly overlap: Int32Array;
  private readonly maxOverlap: number;

  constructor(private readonly model: LineupModel, private readonly m: ModelMirror, private readonly salary: Float64Array,
    private readonly cap: number, banned: Uint8Array, cuts: TopSearchOptions['cuts'], private readonly verify: (cols: number[]) => number[] | null, maxUnits: number) {
    this.overlap = new Int32Array(cuts?.lineups.length ?? 0);
    this.maxOverlap = cuts?.maxOverlap ?? Number.POSITIVE_INFINITY;
    cuts?.lineups.forEach((ones, i) => {
      for (const c of ones) {
        const who = m.shape.person[c] ?? -1;
        if (who < 0) continue;
        const list = this.cutsOf.get(who);
        if (list) {
          if (list.at(-1) !== i) list.push(i);
        } else this.cutsOf.set(who, [i]);
      }
    });
    // Salary grid: the gcd of the salaries when it is coarse enough, else a floor to MAX_UNITS steps.
    let unit = 0;
    for (const a of model.assign) unit = gcd(unit, Math.round(salary[a.col] ?? 0));
    unit = gcd(unit, Math.round(cap));
    this.unit = unit <= 0 || cap / unit > maxUnits ? Math.max(1, cap / maxUnits) : unit;
    this.lists = model.groups.map(() => []);
    this.colRow = new Int32Array(m.cost.length).fill(-1);
    for (const a of model.assign) {
      this.colRow[a.col] = a.player;
      this.rowGroups.set(a.player, (this.rowGroups.get(a.player) ?? new Set()).add(a.group));
      const s = salary[a.col] ?? 0;
      if (banned[a.col] || s > cap + EPS) continue;
      this.lists[a.group]?.push({ col: a.col, cost: m.cost[a.col] ?? 0, units: this.units(s), money: s, person: m.shape.person[a.col] ?? -1, row: a.player });
    }
    for (const list of this.lists) list.sort((a, b) => b.cost - a.cost || a.units - b.units);
    this.slotLocks = model.rules.locks.some((l) => l.slot !== undefined);
    this.rowMask = new Int32Array(model.players.length);
    for (const a of model.assign) if (a.group < 31) this.rowMask[a.player] = (this.rowMask[a.player] ?? 0) | (1 << a.group);
    const groups = model.groups;
    this.swapMask = Int32Array.from(groups, (ga) => {
      if (this.slotLocks || groups.length >= 31) return 0;
      let mask = 0;
      groups.forEach((gb, b) => {
        if (ga.pointsMultiplier === gb.pointsMultiplier && ga.salaryMultiplier === gb.salaryMultiplier) mask |= 1 << b;
      });
      return mask;
    });
    this.used = new Uint8Array(Math.max(0, ...m.shape.person) + 2);
  }

  private units(s: number): number {
    return Math.floor(s / this.unit + EPS);
  }

  /** Open slots per group once `fixed` is placed, or null when it overfills a group or repeats a person. */
  private openCounts(fixed: number[]): number[] | null {
    const counts = this.model.groups.map((g) => g.count);
    const people = new Set<number>();
    for (const c of fixed) {
      const g = this.m.shape.group[c] ?? -1;
      counts[g] = (counts[g] ?? 0) - 1;
      if ((counts[g] ?? 0) < 0) return null;
      const who = this.m.shape.person[c] ?? -1;
      if (people.has(who)) return null;
      people.add(who);
    }
    return counts;
  }

  /** Levels and bounds for a vector of open slots: computed once per distinct vector (lock and core shapes). */
  private plan(counts: number[]): { levels: Level[]; bounds: Float64Array[] } {
    const key = counts.join(',');
    const held = this.plans.get(key);
    if (held) return held;
    const order = counts.map((n, g) => ({ g, n })).filter((x) => x.n > 0);
    // Small groups first (QB, DST...), flexible ones (FLEX, UTIL) last: fewer branches near the root.
    order.sort((a, b) => (this.lists[a.g]?.length ?? 0) - (this.lists[b.g]?.length ?? 0));
    const levels: Level[] = [];
    for (const { g, n } of order) for (let r = 0; r < n; r += 1) levels.push({ g, list: this.lists[g] ?? [], first: r === 0 });
    const bounds = levelBounds(order.map(({ g, n }) => {
      const list = this.lists[g] ?? [];
      return { count: n, cost: Float64Array.from(list, (c) => c.cost), units: Int32Array.from(list, (c) => c.units) } satisfies BoundGroup;
    }), this.units(this.cap));
    const made = { levels, bounds };
    this.plans.set(key, made);
    return made;
  }

  /**
   * Whether a start places its stack players canonically: none sits in a wider group (FLEX) while a narrower group
   * of his (WR), nested in it, keeps an open slot; the lineup is met from the start that swaps them. The first
   * `locks` columns are the user's lock placements and keep their slot.
   */
  canonicalStart(fixed: number[], locks: number): boolean {
    const counts = this.openCounts(fixed);
    if (!counts) return false;
    const { group } = this.m.shape;
    for (let i = locks; i < fixed.length; i += 1) {
      const c = fixed[i] ?? -1;
      const g = group[c] ?? -1;
      const mine = this.rowGroups.get(this.colRow[c] ?? -1);
      for (const g1 of mine ?? []) if (g1 !== g && (counts[g1] ?? 0) > 0 && this.nested(g1, g)) return false;
    }
    return true;
  }

  /** Group a's slots take a subset of the positions of group b's, at the same points and salary factors. */
  private nested(a: number, b: number): boolean {
    const ga = this.model.groups[a];
    const gb = this.model.groups[b];
    if (!ga || !gb || ga.pointsMultiplier !== gb.pointsMultiplier || ga.salaryMultiplier !== gb.salaryMultiplier) return false;
    for (const p of ga.eligible) if (!gb.eligible.has(p)) return false;
    return true;
  }

  /** Best points any lineup holding `fixed` can reach (a relaxation); -Infinity when none can exist. */
  rootBound(fixed: number[]): number {
    const counts = this.openCounts(fixed);
    if (!counts) return Number.NEGATIVE_INFINITY;
    let money = this.cap;
    let value = 0;
    for (const c of fixed) {
      money -= this.salary[c] ?? 0;
      value += this.m.cost[c] ?? 0;
    }
    if (money < -EPS) return Number.NEGATIVE_INFINITY;
    return value + (this.plan(counts).bounds[0]?.[this.units(money)] ?? Number.NEGATIVE_INFINITY);
  }

  /** Counts a person into the branch; false when that puts it over a cut (the count is kept either way). */
  private enter(who: number): boolean {
    if (this.cutsOf.size === 0) return true;
    let ok = true;
    const o = this.overlap;
    for (const i of this.cutsOf.get(who) ?? []) {
      o[i] = (o[i] ?? 0) + 1;
      if ((o[i] ?? 0) > this.maxOverlap) ok = false;
    }
    return ok;
  }

  private leave(who: number): void {
    if (this.cutsOf.size === 0) return;
    const o = this.overlap;
    for (const i of this.cutsOf.get(who) ?? []) o[i] = (o[i] ?? 0) - 1;
  }

  search(fixed: number[], top: TopList, state: SearchState): void {
    const counts = this.openCounts(fixed);
    if (!counts) return;
    const people = fixed.map((c) => this.m.shape.person[c] ?? -1);
    let fits = true;
    for (const who of people) if (!this.enter(who)) fits = false;
    if (fits) this.searchFrom(fixed, counts, top, state);
    for (const who of people) this.leave(who);
  }

  private searchFrom(fixed: number[], counts: number[], top: TopList, state: SearchState): void {
    const { levels, bounds } = this.plan(counts);
    const { m } = this;
    const person = m.shape.person;
    let fixedCost = 0;
    let money = this.cap;
    const used = this.used;
    used.fill(0);
    for (const c of fixed) {
      fixedCost += m.cost[c] ?? 0;
      money -= this.salary[c] ?? 0;
      used[person[c] ?? 0] = 1;
    }
    if (money < -EPS) return;
    const depth = levels.length;
    const chosen: Column[] = [];
    const chosenGroup: number[] = [];
    const rowMask = this.rowMask;
    const swapMask = this.swapMask;
    const canonical = (c: Column, g: number): boolean => {
      const mine = rowMask[c.row] ?? 0;
      const swappable = swapMask[g] ?? 0;
      if ((mine & swappable & ~(1 << g)) === 0) return true;
      for (let i = 0; i < chosen.length; i += 1) {
        const x = chosen[i] as Column;
        const xg = chosenGroup[i] ?? -1;
        // x (earlier group) could take this player's place and this player x's: the swap sorts lower, so it is met there.
        if (xg !== g && x.row > c.row && ((swappable >> xg) & 1) && ((mine >> xg) & 1) && (((rowMask[x.row] ?? 0) >> g) & 1)) return false;
      }
      return true;
    };
    const leaf = (value: number): void => {
      const total = value + fixedCost;
      if (total <= top.threshold()) return;
      const cols = [...fixed, ...chosen.map((c) => c.col)];
      const key = cols.map((c) => person[c] ?? -1).sort((a, b) => a - b).join(',');
      if (!top.improves(key, total)) return;
      const ones = this.verify(cols);
      if (ones) top.add({ key, objective: total, ones });
      else if (++state.failedLeaves > state.failBudget) state.aborted = true;
    };
    // `left` is real money: the grid only indexes the bounds (floored salaries let a lineup over the real cap
    // through, and such leaves would all fail their check).
    const unit = this.unit;
    const visit = (level: number, value: number, left: number, start: number): void => {
      if (level === depth) {
        leaf(value);
        return;
      }
      const { g, list, first } = levels[level] as Level;
      const next = bounds[level + 1] as Float64Array;
      const floor = top.threshold() - fixedCost + EPS;
      const reach = next[Math.floor(left / unit + EPS)] ?? Number.NEGATIVE_INFINITY;
      for (let i = first ? 0 : start; i < list.length; i += 1) {
        const c = list[i] as Column;
        // Costs fall along the list: once the best budget left cannot lift this pick over the floor, none can.
        if (value + c.cost + reach <= floor) break;
        const rest = left - c.money;
        if (rest < -EPS) continue;
        if (value + c.cost + (next[Math.floor(rest / unit + EPS)] ?? Number.NEGATIVE_INFINITY) <= floor) continue;
        if (used[c.person]) continue;
        if (!canonical(c, g)) continue;
        if ((++state.nodes & 1023) === 0 && (state.nodes > state.budget || performance.now() > state.deadline)) state.aborted = true;
        if (state.aborted) return;
        if (this.enter(c.person)) {
          used[c.person] = 1;
          chosen.push(c);
          chosenGroup.push(g);
          visit(level + 1, value + c.cost, rest, i + 1);
          chosen.pop();
          chosenGroup.pop();
          used[c.person] = 0;
        }
        this.leave(c.person);
        if (state.aborted) return;
      }
    };
    visit(0, 0, money, 0);
  }
}

/**
 * The fixed starts of the sub-searches: every placement of the locks (the first `lockCount` columns), times, for
 * each one-team stack rule, every core that meets it (a player per position spec from one team, same specs in row
 * order), each player in each slot group he may fill. The first rule with a bring-back lists, per start, the
 * bring-back sets of its team's opponent (`backs`), added as a second stage. Then, for each group rule with a
 * minimum, every core that meets it (see groupCores). Lineups met through two cores are merged by the top list; a
 * lineup holding no core breaks the stack or group row and is never wanted.
 */
function fixedSets(model: LineupModel, m: ModelMirror, banned: Uint8Array): { starts: Array<{ fixed: number[]; backs: number[][] }>; lockCount: number } {
  let starts: Array<{ fixed: number[]; backs: number[][] }> = [{ fixed: [], backs: [[]] }];
  const person = m.shape.person;
  const extend = (options: Array<{ cols: number[]; backs: number[][] | null }>): void => {
    const out: typeof starts = [];
    for (const base of starts) {
      for (const add of options) {
        if (add.cols.some((c) => base.fixed.some((b) => person[b] === person[c]))) continue;
        out.push({ fixed: [...base.fixed, ...add.cols], backs: add.backs ?? base.backs });
      }
    }
    starts = out;
  };
  const locks = lockRows(model, m);
  for (const lock of locks) extend(lock.filter((c) => !banned[c]).map((c) => ({ cols: [c], backs: null })));
  let backsTaken = false;
  model.rules.stacks.forEach((rule) => {
    if (rule.kind !== 'team' || rule.count !== 1) return;
    extend(teamStackCores(model, rule, banned, !backsTaken));
    if (rule.bringBack) backsTaken = true;
  });
  for (const group of model.rules.groups) {
    const cores = groupCores(model, group, banned);
    if (cores && starts.length * cores.length <= MAX_STARTS) extend(cores);
  }
  return { starts, lockCount: locks.length };
}

/** Past this many fixed starts a group rule is left to the leaf check (its starts would cost more than they save). */
const MAX_STARTS = 20_000;

/**
 * A group rule with a minimum ("at least 2 of these 3") as fixed starts: every choice of `min` different people
 * from the group, each in every slot he may fill. Every lineup that meets the minimum holds one of them, so no
 * allowed lineup is lost; one reached from several cores is merged by the top list, and the maximum stays a leaf
 * check. Without starts, the search meets the rule only at complete lineups, most of which break it (a 3-player
 * group on a 563-player slate ran out the failed-leaf budget and went to HiGHS: 142 s for 20 lineups).
 * Null when the rule has no minimum or too many cores to be worth it.
 */
function groupCores(model: LineupModel, group: LineupModel['rules']['groups'][number], banned: Uint8Array): Array<{ cols: number[]; backs: null }> | null {
  const min = group.min ?? 0;
  if (min < 1) return null;
  const rows = [...new Set(group.players.flatMap((ref) => model.resolve(ref)))];
  const colsOf = (row: number): number[] => (model.playerCols[row] ?? []).filter((c) => !banned[c]);
  const key = (row: number): string => model.players[row]?.playerKey ?? String(row);
  const out: Array<{ cols: number[]; backs: null }> = [];
  for (const combo of combinations(rows, min)) {
    if (new Set(combo.map(key)).size < combo.length) continue;
    const placed: number[][] = [];
    placements(combo, colsOf, placed);
    for (const cols of placed) out.push({ cols, backs: null });
    if (out.length > MAX_STARTS) return null;
  }
  return out;
}

/**
 * Column sets that form one team stack (see fixedSets). With `stagedBacks`, the bring-back players come as the
 * start's `backs`; otherwise they are part of each core.
 */
function teamStackCores(model: LineupModel, rule: Extract<LineupModel['rules']['stacks'][number], { kind: 'team' }>, banned: Uint8Array,
  stagedBacks: boolean): Array<{ cols: number[]; backs: number[][] | null }> {
  const { players } = model;
  const colsOf = (row: number): number[] => (model.playerCols[row] ?? []).filter((c) => !banned[c]);
  const fits = (row: number, spec: string[]): boolean => (players[row]?.positions ?? []).some((p) => spec.includes(p)) && colsOf(row).length > 0;
  const out: Array<{ cols: number[]; backs: number[][] | null }> = [];
  for (const [team, rows] of model.rowsByTeam) {
    if (rule.teams && !rule.teams.includes(team)) continue;
    const opponent = players[rows[0] ?? -1]?.opponent ?? null;
    const backRows = rule.bringBack && opponent !== null ? (model.rowsByTeam.get(opponent) ?? []).filter((r) => fits(r, rule.bringBack?.positions ?? [])) : [];
    const backSets: number[][] = [];
    if (rule.bringBack) for (const back of combinations(backRows, rule.bringBack.count)) placements(back, colsOf, backSets);
    const specs = rule.positions;
    const pick = (k: number, rowsSoFar: number[]): void => {
      if (k === specs.length) {
        const cores: number[][] = [];
        placements(rowsSoFar, colsOf, cores);
        for (const cols of cores) {
          if (!rule.bringBack) out.push({ cols, backs: null });
          else if (stagedBacks) out.push({ cols, backs: backSets });
          else for (const b of backSets) out.push({ cols: [...cols, ...b], backs: null });
        }
        return;
      }
      const spec = specs[k] ?? [];
      const sameAsPrev = k > 0 && (specs[k - 1] ?? []).join(',') === spec.join(',');
      const after = sameAsPrev ? (rowsSoFar[k - 1] ?? -1) : -1;
      for (const r of rows) {
        if (r <= after || rowsSoFar.includes(r) || !fits(r, spec)) continue;
        if (rowsSoFar.some((x) => players[x]?.playerKey === players[r]?.playerKey)) continue;
        pick(k + 1, [...rowsSoFar, r]);
      }
    };
    pick(0, []);
  }
  return out;
}

/** Every choice of one column per row, appended to `out`. */
function placements(rows: number[], colsOf: (row: number) => number[], out: number[][]): void {
  const walk = (k: number, acc: number[]): void => {
    if (k === rows.length) {
      out.push([...acc]);
      return;
    }
    for (const c of colsOf(rows[k] ?? -1)) walk(k + 1, [...acc, c]);
  };
  walk(0, []);
}

function* combinations(items: number[], k: number, from = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield acc;
    return;
  }
  for (let i = from; i < items.length; i += 1) yield* combinations(items, k, i + 1, [...acc, items[i] ?? -1]);
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

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}
