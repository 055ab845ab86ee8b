import { Xoshiro128 } from '../rng/xoshiro128.js';
import type { SimSport } from '../types.js';
import type { ContestRow, ContestRules, LineupMatrix } from './contest-types.js';
import { drawWeighted as draw, EntryState } from './entry-state.js';
import { eligibleRowsBySlot, isCaptainSlot } from './slot-eligibility.js';
import { BestLineupFinder } from './best-lineup.js';
import { FIELD_MODELS, type FieldModel } from './field-model.js';
import { nextNormal } from '../rng/ziggurat.js';

/** RNG streams for the field live far above any simulation index, so they never collide with sim streams. */
export const FIELD_STREAM = 0x7f000000;

/** How the field builds lineups. */
export interface FieldOptions {
  sport: SimSport;
  entries: number;
  seed: number;
  /** Calibrate row weights so the field's realized ownership matches the projection (default true). */
  calibrate?: boolean;
  /** Entrant habits (default: the fitted model of the sport, FIELD_MODELS). */
  model?: FieldModel;
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
  return generateWorldFields(rows, rules, options, null)[0]!;
}

/**
 * What the field knows of each truth (projection-error.ts): per world, each row's standard-normal error of the
 * true mean, its relative sd, and how strongly the ownership-driven entrants follow it.
 */
export interface FieldKnowledge {
  errors: readonly Float64Array[];
  sd: number;
  crowd: number;
  /** Share of the ownership-driven entrants that read the truth (the others are one build shared by all worlds). */
  informed: number;
}

/**
 * One field per world: the optimizer entrants build on the world's true means, the ownership-driven rest on
 * weights tilted toward the players that beat the projection. Weights are calibrated once (on the projection's
 * ownership), so more worlds cost only their builds. Without knowledge: one field, as generateField.
 */
export function generateWorldFields(rows: readonly ContestRow[], rules: ContestRules, options: FieldOptions, knowledge: FieldKnowledge | null): GeneratedField[] {
  const model = options.model ?? FIELD_MODELS[options.sport];
  const builder = new FieldBuilder(rows, rules, options.sport, model);
  const target = Float64Array.from(rows, (r) => Math.max(r.ownership, 0));
  const worlds = knowledge?.errors.length ?? 1;
  const meanScale = (w: number): Float64Array | null => (knowledge ? Float64Array.from(knowledge.errors[w]!, (z) => Math.max(1 + knowledge.sd * z, 0)) : null);
  // Optimizer entrants first: their lineups come from projections, not from ownership, so the ownership-driven
  // rest is calibrated to what is left of each row's target once the optimizer copies are counted.
  const optimizerCount = Math.min(options.entries, Math.round(options.entries * model.optimizer.share));
  const optimizers = Array.from({ length: worlds }, (_, w) => builder.optimizerEntries(optimizerCount, target, new Xoshiro128(options.seed, FIELD_STREAM + 10 + w * 100), meanScale(w)));
  const optimizer = optimizers[0]!;
  const restCount = options.entries - optimizer.entryCount;
  const optimizerOwn = realizedOwnership(optimizer, rows.length);
  // A row the optimizer copies over-own keeps a quarter of its target among the rest: on small slates a few pool
  // lineups can hold all of a game's players, and a rest without that game could not meet the games rule.
  const restTarget = Float64Array.from(target, (t, i) => (restCount > 0 ? Math.max((t * options.entries - optimizerOwn[i]! * optimizer.entryCount) / restCount, 0.25 * t) : 0));
  const weights = Float64Array.from(restTarget, (t) => Math.max(t, 1e-4));
  if (options.calibrate !== false && restCount > 0) {
    const pilot = Math.min(restCount, 2000);
    for (let round = 0; round < 3; round++) {
      const rng = new Xoshiro128(options.seed, FIELD_STREAM + 1 + round);
      const realized = realizedOwnership(builder.build(pilot, weights, rng), rows.length);
      for (let i = 0; i < rows.length; i++) {
        if (restTarget[i]! <= 0) {
          weights[i] = Math.min(weights[i]!, 1e-4);
          continue;
        }
        const ratio = restTarget[i]! / Math.max(realized[i]!, 0.5 / pilot);
        weights[i] = weights[i]! * Math.min(Math.max(ratio ** 0.8, 0.2), 5);
      }
    }
  }
  if (!knowledge) return [assembleField(rows, rules, options.entries, optimizer, builder.build(restCount, weights, new Xoshiro128(options.seed, FIELD_STREAM)), target)];
  // The informed share of the ownership-driven entrants is built per world; the rest is one build all worlds share.
  const informedCount = Math.round(restCount * knowledge.informed);
  const shared = builder.build(restCount - informedCount, weights, new Xoshiro128(options.seed, FIELD_STREAM));
  return optimizers.map((opt, w) => {
    const tilted = Float64Array.from(weights, (x, i) => x * Math.exp(knowledge.crowd * knowledge.errors[w]![i]!));
    const own = options.entries - opt.entryCount - shared.entryCount;
    const informed = builder.build(Math.max(own, 0), tilted, new Xoshiro128(options.seed, FIELD_STREAM + (w + 1) * 100));
    return assembleField(rows, rules, options.entries, opt, { ...shared, entryCount: shared.entryCount + informed.entryCount, rows: concatRows(informed.rows, shared.rows) }, target);
  });
}

function concatRows(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function assembleField(rows: readonly ContestRow[], rules: ContestRules, entries: number, optimizer: LineupMatrix, rest: LineupMatrix, target: Float64Array): GeneratedField {
  const all = new Int32Array(entries * rules.slots.length);
  all.set(optimizer.rows, 0);
  all.set(rest.rows, optimizer.rows.length);
  const lineups: LineupMatrix = { slotCount: rules.slots.length, entryCount: entries, rows: all };
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
  return { lineups, realizedOwnership: realized, ownershipError: n ? err / n : 0, averageSalary: salary / Math.max(lineups.entryCount, 1) };
}

/** Share of lineups holding each row. */
export function realizedOwnership(lineups: LineupMatrix, rowCount: number): Float64Array {
  const counts = new Float64Array(rowCount);
  for (let i = 0; i < lineups.rows.length; i++) counts[lineups.rows[i]!]! += 1;
  // No entries (an empty optimizer pool): nobody holds anything, not 0/0.
  if (lineups.entryCount === 0) return counts;
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
    private readonly model: FieldModel,
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

  /**
   * Ownership-driven entries. Entrants come one at a time or as multi-entry groups that favour a core of players;
   * each lineup is redrawn (up to 30 times) until it leaves no more salary than its entrant would.
   */
  build(entries: number, weights: Float64Array, rng: Xoshiro128): LineupMatrix {
    const out = new Int32Array(entries * this.slotCount);
    const maxSim = this.simOf.reduce((m, x) => Math.max(m, x), 0);
    const state = new EntryState(this.slotCount, this.rows.length, this.teamCount, maxSim + 1);
    const { multiEntry, salary } = this.model;
    // Chance that a new entrant is a multi-entry one, so that `share` of entries come from such groups.
    const m = Math.max(multiEntry.meanEntries, 1);
    const groupStart = multiEntry.share / (m * (1 - multiEntry.share) + multiEntry.share);
    let groupLeft = 0;
    let groupWeights = weights;
    const cap = this.rules.salaryCap;
    for (let e = 0; e < entries; e++) {
      if (groupLeft <= 0) {
        if (m > 1 && rng.nextFloat() < groupStart) {
          groupLeft = 1 + Math.floor(-Math.log(1 - rng.nextFloat()) * (m - 1));
          groupWeights = this.tilt(weights, rng);
        } else {
          groupLeft = 1;
          groupWeights = weights;
        }
      }
      groupLeft--;
      const allowed = rng.nextFloat() < salary.fullCapShare ? 0 : -Math.log(1 - rng.nextFloat()) * salary.leftoverMeanShare * cap;
      let best: Int32Array | null = null;
      let bestLeft = Infinity;
      for (let attempt = 0; attempt < 40; attempt++) {
        state.reset();
        this.stack(state, groupWeights, rng);
        if (!this.fill(state, groupWeights, rng, allowed)) continue;
        if (!this.meetsGames(state)) continue;
        const left = cap - state.salary;
        // Distance from what this entrant leaves: $0 exactly, or something up to `allowed`.
        const miss = allowed === 0 ? left : left === 0 ? 1 : Math.max(0, left - allowed);
        if (miss < bestLeft) {
          best = state.slots.slice();
          bestLeft = miss;
        }
        if ((allowed === 0 ? left === 0 : left > 0 && left <= allowed) || attempt >= 30) break;
      }
      if (!best) throw new Error(`could not build a valid field lineup after 40 attempts (entry ${e + 1}): check salaries and roster rules`);
      out.set(best, e * this.slotCount);
    }
    return { slotCount: this.slotCount, entryCount: entries, rows: out };
  }

  /** A multi-entry group's weights: a few players (drawn by ownership) favoured `coreBoost` times. */
  private tilt(weights: Float64Array, rng: Xoshiro128): Float64Array {
    const tilted = Float64Array.from(weights);
    const { corePlayers, coreBoost } = this.model.multiEntry;
    let total = 0;
    for (let r = 0; r < weights.length; r++) total += weights[r]!;
    for (let c = 0; c < corePlayers && total > 0; c++) {
      let x = rng.nextFloat() * total;
      let pick = weights.length - 1;
      for (let r = 0; r < weights.length; r++) {
        x -= weights[r]!;
        if (x < 0) {
          pick = r;
          break;
        }
      }
      // Every row of the person (showdown CPT and FLEX) gets the boost.
      for (let r = 0; r < tilted.length; r++) if (this.simOf[r] === this.simOf[pick]) tilted[r] = weights[r]! * coreBoost;
    }
    return tilted;
  }

  /**
   * Lineups of projection optimizers: a pool of near-optimal lineups, each the best lineup on the projections
   * with per-player relative noise (sources and tweaks differ), entered `copies` times on average. They stay
   * inside the ownership projection's extremes: no row projected at 0% and every row projected at 100%.
   */
  optimizerEntries(entries: number, target: Float64Array, rng: Xoshiro128, meanScale: Float64Array | null = null): LineupMatrix {
    const { noise, copies } = this.model.optimizer;
    const out = new Int32Array(Math.max(entries, 0) * this.slotCount);
    if (entries <= 0) return { slotCount: this.slotCount, entryCount: 0, rows: out };
    const finder = new BestLineupFinder(this.rows, this.rules);
    const poolSize = Math.max(1, Math.round(entries / Math.max(copies, 1)));
    const pool: Int32Array[] = [];
    const personNoise = new Float64Array(this.simOf.reduce((m, x) => Math.max(m, x), 0) + 1);
    const pts = new Float64Array(this.rows.length);
    const maxSim = personNoise.length;
    const state = new EntryState(this.slotCount, this.rows.length, this.teamCount, maxSim);
    const mustHave = [...new Set(this.rows.flatMap((_, r) => (target[r]! >= 0.999 ? [this.simOf[r]!] : [])))];
    for (let attempt = 0; pool.length < poolSize && attempt < poolSize * 3; attempt++) {
      for (let p = 0; p < personNoise.length; p++) personNoise[p] = 1 + noise * nextNormal(rng);
      for (let r = 0; r < this.rows.length; r++) {
        const mean = this.rows[r]!.mean;
        // In a world of the projection-error model they build on its true means (meanScale), which they partly read.
        pts[r] = mean > 0 && target[r]! > 0 ? mean * (meanScale ? meanScale[r]! : 1) * Math.max(personNoise[this.simOf[r]!]!, 0) : -1;
      }
      const chosen = finder.find(pts);
      if (!chosen || !this.isLegal(state, chosen)) continue;
      if (chosen.some((r) => target[r]! <= 0)) continue;
      const held = new Set(Array.from(chosen, (r) => this.simOf[r]!));
      if (mustHave.some((p) => !held.has(p))) continue;
      pool.push(chosen);
    }
    if (pool.length === 0) return { slotCount: this.slotCount, entryCount: 0, rows: new Int32Array(0) };
    for (let e = 0; e < entries; e++) out.set(pool[Math.floor(rng.nextFloat() * pool.length)]!, e * this.slotCount);
    return { slotCount: this.slotCount, entryCount: entries, rows: out };
  }

  /** Team cap and games rules for a lineup built outside the slot-by-slot builder. */
  private isLegal(state: EntryState, slots: Int32Array): boolean {
    state.reset();
    for (let k = 0; k < slots.length; k++) {
      const r = slots[k]!;
      if (r < 0 || !this.canTake(state, r)) return false;
      state.take(k, r, this.rows, this.teamOf, this.teamCapped);
    }
    return state.salary <= this.rules.salaryCap && this.meetsGames(state);
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

  private fill(state: EntryState, weights: Float64Array, rng: Xoshiro128, allowedLeft: number): boolean {
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
      // The last pick is where people use up the cap: among rows leaving no more than this entrant would,
      // by ownership; when none fits, the rows leaving little salary are favoured.
      if (last) {
        for (let j = 0; j < list.length; j++) {
          const r = list[j]!;
          const salary = this.rows[r]!.salary;
          const left = budget - salary;
          // An entrant spending the cap to the dollar wants $0 left; the others leave some, up to their amount.
          if (salary > budget || (allowedLeft === 0 ? left !== 0 : left === 0 || left > allowedLeft) || !this.canTake(state, r)) continue;
          cand[n] = r;
          w[n] = weights[r]!;
          total += weights[r]!;
          n++;
        }
        if (n > 0 && total > 0) {
          state.take(k, draw(cand, w, n, total, rng), this.rows, this.teamOf, this.teamCapped);
          continue;
        }
        n = 0;
        total = 0;
      }
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
