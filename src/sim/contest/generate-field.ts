import { Xoshiro128 } from '../rng/xoshiro128.js';
import type { SimSport } from '../types.js';
import type { ContestRow, ContestRules, LineupMatrix } from './contest-types.js';
import { drawWeighted as draw, EntryState } from './entry-state.js';
import { eligibleRowsBySlot, isCaptainSlot } from './slot-eligibility.js';

/** RNG streams for the field live far above any simulation index, so they never collide with sim streams. */
export const FIELD_STREAM = 0x7f000000;

/** How the field builds lineups. */
export interface FieldOptions {
  sport: SimSport;
  entries: number;
  seed: number;
  /** Calibrate row weights so the field's realized ownership matches the projection (default true). */
  calibrate?: boolean;
}

/** The field plus how its realized ownership compares with the target. */
export interface GeneratedField {
  lineups: LineupMatrix;
  realizedOwnership: Float64Array;
  /** Mean absolute gap between realized and target ownership over rows owned >= 1%. */
  ownershipError: number;
  averageSalary: number;
}

/**
 * Generates a contest field from projected ownership the way real DFS fields look: most NFL lineups stack
 * their QB with 1-2 pass catchers (often with a bring-back), MLB fields stack 3-5 hitters of one team, NHL
 * fields pair line-mates; the rest is drawn by ownership, and nearly all salary is used. Row weights are then
 * calibrated on pilot fields so the field's ownership matches the target.
 */
export function generateField(rows: readonly ContestRow[], rules: ContestRules, options: FieldOptions): GeneratedField {
  const builder = new FieldBuilder(rows, rules, options.sport);
  const target = Float64Array.from(rows, (r) => Math.max(r.ownership, 0));
  const weights = Float64Array.from(target, (t) => Math.max(t, 1e-4));
  if (options.calibrate !== false) {
    const pilot = Math.min(options.entries, 2000);
    for (let round = 0; round < 3; round++) {
      const rng = new Xoshiro128(options.seed, FIELD_STREAM + 1 + round);
      const realized = realizedOwnership(builder.build(pilot, weights, rng), rows.length);
      for (let i = 0; i < rows.length; i++) {
        if (target[i]! <= 0) continue;
        const ratio = target[i]! / Math.max(realized[i]!, 0.5 / pilot);
        weights[i] = weights[i]! * Math.min(Math.max(ratio ** 0.8, 0.2), 5);
      }
    }
  }
  const lineups = builder.build(options.entries, weights, new Xoshiro128(options.seed, FIELD_STREAM));
  const realized = realizedOwnership(lineups, rows.length);
  let err = 0;
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    if (target[i]! < 0.01) continue;
    err += Math.abs(realized[i]! - target[i]!);
    n++;
  }
  let salary = 0;
  for (let i = 0; i < lineups.rows.length; i++) salary += rows[lineups.rows[i]!]!.salary;
  return { lineups, realizedOwnership: realized, ownershipError: n ? err / n : 0, averageSalary: salary / lineups.entryCount };
}

/** Share of lineups holding each row. */
export function realizedOwnership(lineups: LineupMatrix, rowCount: number): Float64Array {
  const counts = new Float64Array(rowCount);
  for (let i = 0; i < lineups.rows.length; i++) counts[lineups.rows[i]!]! += 1;
  for (let i = 0; i < rowCount; i++) counts[i] = counts[i]! / lineups.entryCount;
  return counts;
}

class FieldBuilder {
  private readonly slotCount: number;
  private readonly eligible: Int32Array[];
  private readonly eligibleMask: Uint8Array;
  private readonly minSalary: Float64Array;
  private readonly fillOrder: number[];
  private readonly teamOf: Int32Array;
  private readonly teamCapped: Uint8Array;
  private readonly teamCount: number;
  private readonly groupOf: string[];
  private readonly captainSlots: boolean[];
  private readonly simOf: Int32Array;

  constructor(
    private readonly rows: readonly ContestRow[],
    private readonly rules: ContestRules,
    private readonly sport: SimSport,
  ) {
    this.slotCount = rules.slots.length;
    this.eligible = eligibleRowsBySlot(rows, rules);
    this.eligibleMask = new Uint8Array(this.slotCount * rows.length);
    this.eligible.forEach((list, k) => list.forEach((r) => (this.eligibleMask[k * rows.length + r] = 1)));
    this.minSalary = Float64Array.from(this.eligible, (list) => list.reduce((m, r) => Math.min(m, rows[r]!.salary), Infinity));
    // Most specific slots first so FLEX/UTIL keep their freedom for the end.
    this.fillOrder = [...this.eligible.keys()].sort((a, b) => this.eligible[a]!.length - this.eligible[b]!.length || a - b);
    const teams = new Map<string, number>();
    this.teamOf = Int32Array.from(rows, (r) => {
      if (!teams.has(r.team)) teams.set(r.team, teams.size);
      return teams.get(r.team)!;
    });
    this.teamCount = teams.size;
    const excluded = rules.maxPerTeamExcludePositions ?? [];
    this.teamCapped = Uint8Array.from(rows, (r) => (r.positions.every((p) => excluded.includes(p)) ? 0 : 1));
    this.groupOf = rows.map((r) => r.positions[0] ?? '');
    this.captainSlots = rules.slots.map((_, k) => isCaptainSlot(rules, k));
    this.simOf = Int32Array.from(rows, (r) => r.simIndex);
    for (const [k, list] of this.eligible.entries()) {
      if (list.length === 0) throw new Error(`no slate row can fill slot ${k + 1} (${rules.slots[k]!.name})`);
    }
  }

  build(entries: number, weights: Float64Array, rng: Xoshiro128): LineupMatrix {
    const out = new Int32Array(entries * this.slotCount);
    const maxSim = this.simOf.reduce((m, x) => Math.max(m, x), 0);
    const state = new EntryState(this.slotCount, this.rows.length, this.teamCount, maxSim + 1);
    for (let e = 0; e < entries; e++) {
      let best: Int32Array | null = null;
      for (let attempt = 0; attempt < 40; attempt++) {
        state.reset();
        this.stack(state, weights, rng);
        if (!this.fill(state, weights, rng)) continue;
        if (!this.meetsGames(state)) continue;
        best = state.slots.slice();
        // Real entrants leave little salary: most within a few hundred dollars, a tail further out.
        const allowedLeftover = this.rules.salaryCap * (0.002 - Math.log(1 - rng.nextFloat()) * 0.012);
        if (this.rules.salaryCap - state.salary <= allowedLeftover || attempt >= 30) break;
      }
      if (!best) throw new Error(`could not build a valid field lineup after 40 attempts (entry ${e + 1}): check salaries and roster rules`);
      out.set(best, e * this.slotCount);
    }
    return { slotCount: this.slotCount, entryCount: entries, rows: out };
  }

  private stack(state: EntryState, weights: Float64Array, rng: Xoshiro128): void {
    if (this.captainSlots.some(Boolean) || this.minGamesIsOne()) return;
    const u = rng.nextFloat();
    if (this.sport === 'NFL' && u < 0.75) {
      const qb = this.pickWhere(state, weights, rng, (r) => this.groupOf[r] === 'QB');
      if (qb < 0 || !this.place(state, qb)) return;
      const v = rng.nextFloat();
      const mates = v < 0.45 ? 1 : v < 0.9 ? 2 : 3;
      const team = this.rows[qb]!.team;
      for (let i = 0; i < mates; i++) {
        const r = this.pickWhere(state, weights, rng, (x) => this.rows[x]!.team === team && (this.groupOf[x] === 'WR' || this.groupOf[x] === 'TE'));
        if (r >= 0) this.place(state, r);
      }
      if (rng.nextFloat() < 0.4) {
        const opp = this.rows[qb]!.gameKey;
        const r = this.pickWhere(state, weights, rng, (x) => this.rows[x]!.gameKey === opp && this.rows[x]!.team !== team && ['WR', 'TE', 'RB'].includes(this.groupOf[x]!));
        if (r >= 0) this.place(state, r);
      }
    } else if ((this.sport === 'MLB' && u < 0.7) || (this.sport === 'NHL' && u < 0.6)) {
      const hitter = (x: number): boolean => (this.sport === 'MLB' ? !['P', 'SP', 'RP'].includes(this.groupOf[x]!) : this.groupOf[x] !== 'G' && this.groupOf[x] !== 'D');
      const anchor = this.pickWhere(state, weights, rng, hitter);
      if (anchor < 0 || !this.place(state, anchor)) return;
      const v = rng.nextFloat();
      const size = this.sport === 'MLB' ? (v < 0.2 ? 3 : v < 0.65 ? 4 : 5) : v < 0.6 ? 2 : 3;
      const team = this.rows[anchor]!.team;
      for (let i = 1; i < size; i++) {
        const r = this.pickWhere(state, weights, rng, (x) => hitter(x) && this.rows[x]!.team === team);
        if (r >= 0) this.place(state, r);
      }
    }
  }

  private minGamesIsOne(): boolean {
    return this.rules.minGames <= 1 && new Set(this.rows.map((r) => r.gameKey)).size <= 1;
  }

  /** Weighted pick among rows passing `accept` that fit a free slot, the team cap and the budget. */
  private pickWhere(state: EntryState, weights: Float64Array, rng: Xoshiro128, accept: (r: number) => boolean): number {
    let total = 0;
    const cand = state.candidates;
    const w = state.candidateWeights;
    let n = 0;
    const budget = this.rules.salaryCap - state.salary - this.minFor(state, -1);
    for (let r = 0; r < this.rows.length; r++) {
      if (!accept(r) || !this.canTake(state, r)) continue;
      const slot = this.freeSlotFor(state, r);
      // Budget check against the cheapest completion of the other empty slots.
      if (slot < 0 || this.rows[r]!.salary - this.minSalary[slot]! > budget) continue;
      cand[n] = r;
      w[n] = weights[r]!;
      total += weights[r]!;
      n++;
    }
    return n === 0 ? -1 : draw(cand, w, n, total, rng);
  }

  private fill(state: EntryState, weights: Float64Array, rng: Xoshiro128): boolean {
    const empty = this.fillOrder.filter((k) => state.slots[k]! < 0);
    for (let i = 0; i < empty.length; i++) {
      const k = empty[i]!;
      const last = i === empty.length - 1;
      const budget = this.rules.salaryCap - state.salary - this.minFor(state, k);
      const list = this.eligible[k]!;
      const cand = state.candidates;
      const w = state.candidateWeights;
      let n = 0;
      let total = 0;
      for (let j = 0; j < list.length; j++) {
        const r = list[j]!;
        const salary = this.rows[r]!.salary;
        if (salary > budget || !this.canTake(state, r)) continue;
        let weight = weights[r]!;
        // The last pick is where people use up the cap: favour rows that leave little salary.
        if (last) weight *= Math.exp(-(budget - salary) / (this.rules.salaryCap * 0.02));
        cand[n] = r;
        w[n] = weight;
        total += weight;
        n++;
      }
      if (n === 0) return false;
      state.take(k, draw(cand, w, n, total, rng), this.rows, this.teamOf, this.teamCapped);
    }
    return true;
  }

  private canTake(state: EntryState, r: number): boolean {
    if (state.isUsed(this.simOf[r]!)) return false;
    const cap = this.rules.maxPerTeam;
    return cap === null || this.teamCapped[r] === 0 || state.teamCounts[this.teamOf[r]!]! < cap;
  }

  private freeSlotFor(state: EntryState, r: number): number {
    let best = -1;
    for (const k of this.fillOrder) {
      if (state.slots[k]! >= 0 || this.eligibleMask[k * this.rows.length + r] === 0) continue;
      best = k;
      break;
    }
    return best;
  }

  private place(state: EntryState, r: number): boolean {
    const k = this.freeSlotFor(state, r);
    if (k < 0) return false;
    state.take(k, r, this.rows, this.teamOf, this.teamCapped);
    return true;
  }

  /** Cheapest salary to fill the empty slots other than `except`. */
  private minFor(state: EntryState, except: number): number {
    let sum = 0;
    for (let k = 0; k < this.slotCount; k++) if (k !== except && state.slots[k]! < 0) sum += this.minSalary[k]!;
    return sum;
  }

  private meetsGames(state: EntryState): boolean {
    if (this.rules.minGames <= 1) return true;
    const games = new Set<string | null>();
    for (const r of state.slots) games.add(this.rows[r]!.gameKey);
    return games.size >= this.rules.minGames;
  }
}
