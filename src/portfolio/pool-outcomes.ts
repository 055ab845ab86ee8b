/**
 * How every lineup of a pool finishes against a contest's field in each sim, kept only where it could win
 * money. A pool lineup below the last paid field entry earns nothing and can push none of our other entries
 * down (it scores below every one that is still in the money), so those sims are dropped: the outcome table
 * holds about (cash rate x pool x sims) records instead of pool x sims.
 */

/** Scoring arrays of lineups (see sim/contest/compile-entries): players[e * slotCount + k], with multipliers. */
export interface CompiledLineups {
  slotCount: number;
  entryCount: number;
  players: Int32Array;
  multipliers: Float32Array;
}

/** Per pool lineup, its in-the-money sims: sim index, score, field entries strictly above, field entries tied. */
export interface PoolOutcomes {
  poolSize: number;
  sims: number;
  /** offsets[c]..offsets[c+1] index the records of candidate c (sims ascending). */
  offsets: Int32Array;
  sim: Int32Array;
  score: Float32Array;
  above: Int32Array;
  ties: Int32Array;
}

class Growable {
  sim = new Int32Array(1 << 16);
  cand = new Int32Array(1 << 16);
  score = new Float32Array(1 << 16);
  above = new Int32Array(1 << 16);
  ties = new Int32Array(1 << 16);
  length = 0;

  push(cand: number, sim: number, score: number, above: number, ties: number): void {
    if (this.length === this.sim.length) this.grow();
    const i = this.length++;
    this.cand[i] = cand;
    this.sim[i] = sim;
    this.score[i] = score;
    this.above[i] = above;
    this.ties[i] = ties;
  }

  private grow(): void {
    const size = this.sim.length * 2;
    const next = <T extends Int32Array | Float32Array>(a: T, make: (n: number) => T): T => { const b = make(size); b.set(a); return b; };
    this.sim = next(this.sim, (n) => new Int32Array(n));
    this.cand = next(this.cand, (n) => new Int32Array(n));
    this.score = next(this.score, (n) => new Float32Array(n));
    this.above = next(this.above, (n) => new Int32Array(n));
    this.ties = next(this.ties, (n) => new Int32Array(n));
  }
}

function scoreEntries(lineups: CompiledLineups, draws: Float32Array, row: number, out: Float64Array): void {
  const { slotCount: k, entryCount, players, multipliers } = lineups;
  for (let e = 0, base = 0; e < entryCount; e++, base += k) {
    let sc = 0;
    for (let j = 0; j < k; j++) sc += draws[row + players[base + j]!]! * multipliers[base + j]!;
    out[e] = sc;
  }
}

/**
 * Scores the field and the pool in sims [simStart, simEnd) of sim-major `draws` (draws[(s - simStart) *
 * playerCount + p]) and keeps, for each pool lineup, the sims where fewer than `paidPositions` field entries
 * beat it. Field and pool are compiled the same way, so a pool lineup identical to a field entry sums the same
 * floats and ties it exactly (a duplicate splits its prize).
 */
export function scorePoolRange(
  field: CompiledLineups,
  pool: CompiledLineups,
  draws: Float32Array,
  playerCount: number,
  simStart: number,
  simEnd: number,
  paidPositions: number,
  totalSims: number,
): PoolOutcomes {
  const fieldScores = new Float64Array(field.entryCount);
  const poolScores = new Float64Array(pool.entryCount);
  const records = new Growable();
  const n = field.entryCount;
  for (let s = simStart; s < simEnd; s++) {
    const row = (s - simStart) * playerCount;
    scoreEntries(field, draws, row, fieldScores);
    scoreEntries(pool, draws, row, poolScores);
    fieldScores.sort();
    // Paid region: a pool lineup scoring below the field's paidPositions-th best is out of the money.
    const cut = paidPositions >= n ? -Infinity : fieldScores[n - paidPositions]!;
    for (let c = 0; c < pool.entryCount; c++) {
      const x = poolScores[c]!;
      if (x < cut) continue;
      // First index with score > x, and first with score >= x (ascending order).
      let lo = 0;
      let hi = n;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (fieldScores[mid]! <= x) lo = mid + 1; else hi = mid; }
      const firstAbove = lo;
      lo = 0;
      hi = firstAbove;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (fieldScores[mid]! < x) lo = mid + 1; else hi = mid; }
      const above = n - firstAbove;
      if (above >= paidPositions) continue;
      records.push(c, s, x, above, firstAbove - lo);
    }
  }
  return groupByCandidate(records, pool.entryCount, totalSims);
}

function groupByCandidate(records: Growable, poolSize: number, sims: number): PoolOutcomes {
  const offsets = new Int32Array(poolSize + 1);
  for (let i = 0; i < records.length; i++) offsets[records.cand[i]! + 1]! += 1;
  for (let c = 0; c < poolSize; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, poolSize);
  const out: PoolOutcomes = {
    poolSize, sims, offsets,
    sim: new Int32Array(records.length), score: new Float32Array(records.length),
    above: new Int32Array(records.length), ties: new Int32Array(records.length),
  };
  for (let i = 0; i < records.length; i++) {
    const at = fill[records.cand[i]!]!++;
    out.sim[at] = records.sim[i]!;
    out.score[at] = records.score[i]!;
    out.above[at] = records.above[i]!;
    out.ties[at] = records.ties[i]!;
  }
  return out;
}

/** Joins outcomes of consecutive sim ranges (each range's records are already sims-ascending). */
export function mergePoolOutcomes(parts: readonly PoolOutcomes[]): PoolOutcomes {
  const first = parts[0];
  if (!first) throw new Error('no pool outcomes to merge');
  const poolSize = first.poolSize;
  const total = parts.reduce((s, p) => s + p.sim.length, 0);
  const out: PoolOutcomes = {
    poolSize, sims: first.sims, offsets: new Int32Array(poolSize + 1),
    sim: new Int32Array(total), score: new Float32Array(total), above: new Int32Array(total), ties: new Int32Array(total),
  };
  let at = 0;
  for (let c = 0; c < poolSize; c++) {
    out.offsets[c] = at;
    for (const p of parts) {
      const from = p.offsets[c]!;
      const to = p.offsets[c + 1]!;
      out.sim.set(p.sim.subarray(from, to), at);
      out.score.set(p.score.subarray(from, to), at);
      out.above.set(p.above.subarray(from, to), at);
      out.ties.set(p.ties.subarray(from, to), at);
      at += to - from;
    }
  }
  out.offsets[poolSize] = at;
  return out;
}
