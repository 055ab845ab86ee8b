/** Sims per accumulation block: partial sums are kept per block so any chunking reduces to identical floats. */
export const CONTEST_BLOCK = 100;

/** Buckets of the per-sim lookup from a score to its place among our lineups' scores. */
const BUCKETS = 512;

/** What scoring needs, all structured-clone friendly. */
export interface ContestScoringInput {
  slotCount: number;
  entryCount: number;
  players: Int32Array;
  multipliers: Float32Array;
  /** Indices (into the entries) of the lineups we report on. */
  ours: Int32Array;
  /** cumulative[k] = prizes of positions 1..k (length entryCount + 1 at least). */
  cumulative: Float64Array;
  /** Positions counted as "top 1%". */
  topCut: number;
  /** Every sim whose index is a multiple of this is sampled for the field summary (0: none). */
  fieldEvery?: number;
  /** Places that win a prize (the cash line is the lowest score among them). */
  paidPlaces?: number;
  /**
   * The projection-error truths (projection-error.ts): sim s is scored in world s % count, on that world's field
   * (players/multipliers per world, our lineups the same at the end of each) and with the draws moved to its true
   * means. Absent: one world, `players` and the draws as they are.
   */
  worlds?: ScoringWorlds;
}

/** Per-world fields and draw shifts; every world's field has the same entry count. */
export interface ScoringWorlds {
  count: number;
  players: Int32Array[];
  multipliers: Float32Array[];
  /** count x playerCount points added to each player's draw. */
  shift: Float32Array;
  center: Float32Array;
  scale: Float32Array;
}

/** Per sampled sim: winning score, cash-line score, median score, mean score, total paid to all entries. */
export const FIELD_SAMPLE_WIDTH = 5;

/** Accumulators for our lineups over a range of sims; payouts kept per CONTEST_BLOCK block. */
export interface ContestPartial {
  simStart: number;
  simEnd: number;
  /** blocks x ours payout sums (block b covers sims [simStart + b*CONTEST_BLOCK, ...)). */
  payoutBlocks: Float64Array;
  /** blocks x ours shares of first place (1/ties when tied for 1st). */
  winBlocks: Float64Array;
  top: Int32Array;
  cashes: Int32Array;
  finishSum: Float64Array;
  /** FIELD_SAMPLE_WIDTH numbers per sampled sim, in sim order (see ContestScoringInput.fieldEvery). */
  fieldSamples?: Float64Array;
}

/**
 * Scores every entry in each sim of the range and ranks our lineups against all entries. Instead of sorting
 * the whole field per sim, our (few) scores are sorted and each entry is binary-searched into the gaps
 * between them: O(entries * log ours) per sim. Ties split the prizes of the positions they occupy.
 * `draws` is sim-major for the range: draws[(s - simStart) * playerCount + p].
 */
export function scoreContestRange(input: ContestScoringInput, draws: Float32Array, playerCount: number, simStart: number, simEnd: number): ContestPartial {
  if (simStart % CONTEST_BLOCK !== 0) throw new Error(`contest chunks must start on a multiple of ${CONTEST_BLOCK} sims (got ${simStart})`);
  const { slotCount: k, entryCount, ours, cumulative, topCut, worlds } = input;
  let players = input.players;
  let multipliers = input.multipliers;
  const m = ours.length;
  const blocks = Math.ceil((simEnd - simStart) / CONTEST_BLOCK);
  const partial: ContestPartial = {
    simStart,
    simEnd,
    payoutBlocks: new Float64Array(blocks * m),
    winBlocks: new Float64Array(blocks * m),
    top: new Int32Array(m),
    cashes: new Int32Array(m),
    finishSum: new Float64Array(m),
  };
  const scores = new Float64Array(entryCount);
  const distinct = new Float64Array(m);
  const between = new Int32Array(m + 1);
  const equal = new Int32Array(m);
  const greater = new Float64Array(m);
  const sortBuf = new Float64Array(m);
  const bucketStart = new Int32Array(BUCKETS + 1);
  const maxPos = cumulative.length - 1;
  // Classic contests have no captain slots: skip the multiply (x * 1 is exact, so results do not change).
  const plain = (worlds?.multipliers ?? [multipliers]).every((list) => list.every((x) => x === 1));
  const moved = worlds ? new Float32Array(playerCount) : null;
  const every = input.fieldEvery ?? 0;
  const samples: number[] = [];
  const sorted = every > 0 ? new Float64Array(entryCount) : null;

  for (let s = simStart; s < simEnd; s++) {
    let row = (s - simStart) * playerCount;
    let src = draws;
    if (worlds && moved) {
      const w = s % worlds.count;
      players = worlds.players[w]!;
      multipliers = worlds.multipliers[w]!;
      const { shift, center, scale } = worlds;
      const base = w * playerCount;
      for (let p = 0; p < playerCount; p++) moved[p] = center[p]! + shift[base + p]! + scale[p]! * (draws[row + p]! - center[p]!);
      src = moved;
      row = 0;
    }
    if (plain) {
      for (let e = 0, base = 0; e < entryCount; e++, base += k) {
        let sc = 0;
        for (let j = 0; j < k; j++) sc += src[row + players[base + j]!]!;
        scores[e] = sc;
      }
    } else {
      for (let e = 0, base = 0; e < entryCount; e++, base += k) {
        let sc = 0;
        for (let j = 0; j < k; j++) sc += src[row + players[base + j]!]! * multipliers[base + j]!;
        scores[e] = sc;
      }
    }
    if (sorted && s % every === 0) sampleField(scores, sorted, cumulative, input.paidPlaces ?? 0, samples);
    for (let j = 0; j < m; j++) sortBuf[j] = scores[ours[j]!]!;
    sortBuf.sort();
    let u = 0;
    for (let j = 0; j < m; j++) if (u === 0 || sortBuf[j] !== distinct[u - 1]) distinct[u++] = sortBuf[j]!;
    between.fill(0);
    equal.fill(0);
    // Bucket index over [distinct[0], distinct[u-1]]: each entry lands next to its place with one table read
    // and a short scan instead of a branchy binary search.
    const lowest = distinct[0]!;
    const span = distinct[u - 1]! - lowest;
    const scale = span > 0 ? BUCKETS / span : 0;
    for (let b = 0, i = 0; b <= BUCKETS; b++) {
      const edge = lowest + b / scale;
      while (i < u && distinct[i]! < edge) i++;
      bucketStart[b] = span > 0 ? i : 0;
    }
    for (let e = 0; e < entryCount; e++) {
      const x = scores[e]!;
      let lo: number;
      if (x <= lowest) lo = 0;
      else {
        const b = Math.min(((x - lowest) * scale) | 0, BUCKETS);
        lo = b > 0 ? bucketStart[b - 1]! : 0;
        while (lo < u && distinct[lo]! < x) lo++;
      }
      if (lo < u && distinct[lo] === x) equal[lo]! += 1;
      else between[lo]! += 1;
    }
    // greater[i] = entries strictly above distinct[i].
    let above = between[u]!;
    for (let i = u - 1; i >= 0; i--) {
      greater[i] = above;
      above += equal[i]! + between[i]!;
    }
    const blockBase = Math.floor((s - simStart) / CONTEST_BLOCK) * m;
    for (let j = 0; j < m; j++) {
      const x = scores[ours[j]!]!;
      let lo = 0;
      let hi = u;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (distinct[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      const rank = greater[lo]! + 1;
      const ties = equal[lo]!;
      const last = Math.min(rank + ties - 1, maxPos);
      const first = Math.min(rank, maxPos + 1);
      const payout = first > maxPos ? 0 : (cumulative[last]! - cumulative[first - 1]!) / ties;
      partial.payoutBlocks[blockBase + j]! += payout;
      if (rank === 1) partial.winBlocks[blockBase + j]! += 1 / ties;
      if (rank <= topCut) partial.top[j]! += 1;
      if (payout > 0) partial.cashes[j]! += 1;
      partial.finishSum[j]! += rank + (ties - 1) / 2;
    }
  }
  if (every > 0) partial.fieldSamples = Float64Array.from(samples);
  return partial;
}

/**
 * One sim's field summary. The total paid walks the whole ranking with the same tie split as our lineups get,
 * so it proves in every sampled sim that the entries' winnings add up to the prize pool.
 */
function sampleField(scores: Float64Array, sorted: Float64Array, cumulative: Float64Array, paidPlaces: number, out: number[]): void {
  sorted.set(scores);
  sorted.sort();
  const n = sorted.length;
  const maxPos = cumulative.length - 1;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  let paid = 0;
  for (let i = n - 1; i >= 0; ) {
    let j = i;
    while (j > 0 && sorted[j - 1] === sorted[i]) j--;
    const first = n - i;
    const last = n - j;
    paid += cumulative[Math.min(last, maxPos)]! - cumulative[Math.min(first - 1, maxPos)]!;
    i = j - 1;
  }
  const cashIndex = paidPlaces > 0 ? Math.max(0, n - Math.min(paidPlaces, n)) : n - 1;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  out.push(sorted[n - 1]!, sorted[cashIndex]!, median, sum / n, paid);
}
