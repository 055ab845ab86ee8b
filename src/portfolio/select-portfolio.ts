import { ExposureCounter, type CandidateMembers, type PortfolioCaps } from './exposure-caps.js';
import { payoutAt } from './payout-at.js';
import type { PoolOutcomes } from './pool-outcomes.js';

/** Our entries in the money in one sim, best first, with their current finishing place. */
interface SimMembers {
  score: number[];
  above: number[];
  ties: number[];
  rank: number[];
}

export interface SelectPortfolioInput {
  outcomes: PoolOutcomes;
  /** cumulative[k] = prizes of positions 1..k. */
  cumulative: Float64Array;
  /** How many lineups to choose (the contest's entries). */
  k: number;
  members: readonly CandidateMembers[];
  caps: PortfolioCaps;
  /** Tie-break and filler order (e.g. mean projection): higher first. */
  priority: ArrayLike<number>;
}

export interface SelectedPortfolio {
  chosen: number[];
  /** Expected winnings the greedy step credited each pick with (per sim, averaged). */
  marginal: number[];
  /** Candidates skipped because they would break an exposure cap. */
  capped: number;
  /** Picks made past the caps because the pool had too few lineups within them (0 when every cap held). */
  overCap: number;
}

/**
 * Greedy by marginal portfolio return: each step adds the lineup whose addition raises the portfolio's
 * expected winnings most, counting that our own entries above it push it down, and that it pushes our entries
 * below it down a place (a lineup that wins in the same sims as the chosen ones adds little). Gains only shrink
 * as the portfolio grows (more of our entries around it), so a lazy priority queue re-evaluates only the few
 * best candidates per step instead of the whole pool.
 */
export function selectPortfolio(input: SelectPortfolioInput): SelectedPortfolio {
  const { outcomes, cumulative, k, members, caps, priority } = input;
  const state: (SimMembers | undefined)[] = new Array(outcomes.sims);
  const counter = new ExposureCounter(caps, k);

  const gain = (c: number): number => {
    let total = 0;
    for (let i = outcomes.offsets[c]!; i < outcomes.offsets[c + 1]!; i++) {
      const x = outcomes.score[i]!;
      const occupants = outcomes.ties[i]! + 1;
      const list = state[outcomes.sim[i]!];
      if (!list) { total += payoutAt(cumulative, outcomes.above[i]! + 1, occupants); continue; }
      let ahead = 0;
      let loss = 0;
      for (let j = 0; j < list.score.length; j++) {
        if (list.score[j]! >= x) { ahead++; continue; }
        const t = list.ties[j]! + 1;
        loss += payoutAt(cumulative, list.rank[j]!, t) - payoutAt(cumulative, list.rank[j]! + 1, t);
      }
      total += payoutAt(cumulative, outcomes.above[i]! + ahead + 1, occupants) - loss;
    }
    return total / outcomes.sims;
  };

  const add = (c: number): void => {
    for (let i = outcomes.offsets[c]!; i < outcomes.offsets[c + 1]!; i++) {
      const s = outcomes.sim[i]!;
      const x = outcomes.score[i]!;
      let list = state[s];
      if (!list) state[s] = list = { score: [], above: [], ties: [], rank: [] };
      let at = 0;
      while (at < list.score.length && list.score[at]! >= x) at++;
      for (let j = at; j < list.score.length; j++) list.rank[j]! += 1;
      list.score.splice(at, 0, x);
      list.above.splice(at, 0, outcomes.above[i]!);
      list.ties.splice(at, 0, outcomes.ties[i]!);
      list.rank.splice(at, 0, outcomes.above[i]! + at + 1);
    }
  };

  // Max-heap of [value, candidate, stamp]; stamp = portfolio size when the value was computed.
  const heap = new MaxHeap((a: number, b: number) => {
    const d = values[a]! - values[b]!;
    return d !== 0 ? d : (priority[a] ?? 0) - (priority[b] ?? 0);
  });
  const values = new Float64Array(outcomes.poolSize);
  const stamps = new Int32Array(outcomes.poolSize);
  for (let c = 0; c < outcomes.poolSize; c++) {
    values[c] = gain(c);
    heap.push(c);
  }
  const chosen: number[] = [];
  const marginal: number[] = [];
  let capped = 0;
  let overCap = 0;
  const skipped: number[] = [];
  let relaxed = false;
  while (chosen.length < k) {
    if (heap.size === 0) {
      // The pool ran out of lineups within the caps: fill the rest by marginal return alone, and say so.
      if (relaxed || skipped.length === 0) break;
      relaxed = true;
      for (const c of skipped) heap.push(c);
    }
    const c = heap.pop()!;
    const member = members[c]!;
    if (!relaxed && !counter.fits(member)) { capped++; skipped.push(c); continue; }
    if (stamps[c] !== chosen.length) {
      values[c] = gain(c);
      stamps[c] = chosen.length;
      heap.push(c);
      continue;
    }
    chosen.push(c);
    marginal.push(values[c]!);
    if (relaxed) overCap++;
    counter.add(member);
    add(c);
  }
  return { chosen, marginal, capped, overCap };
}

/** A binary max-heap of candidate indices ordered by a comparator (values may change only before a push). */
class MaxHeap {
  private readonly items: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}

  get size(): number { return this.items.length; }

  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(a[i]!, a[p]!) <= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l]!, a[m]!) > 0) m = l;
        if (r < a.length && this.compare(a[r]!, a[m]!) > 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** The first k candidates in `order` that fit the caps: the "by projection rank" set to compare against. */
export function selectByRank(order: readonly number[], k: number, members: readonly CandidateMembers[], caps: PortfolioCaps): number[] {
  const counter = new ExposureCounter(caps, k);
  const chosen: number[] = [];
  const skipped: number[] = [];
  for (const c of order) {
    if (chosen.length >= k) break;
    if (!counter.fits(members[c]!)) { skipped.push(c); continue; }
    counter.add(members[c]!);
    chosen.push(c);
  }
  // As in selectPortfolio: past the caps only when the pool holds too few lineups within them.
  for (const c of skipped) if (chosen.length < k) chosen.push(c);
  return chosen;
}
