import { payoutAt } from './payout-at.js';
import type { PoolOutcomes } from './pool-outcomes.js';

/** A set of our lineups entered together in one contest, scored over the same sims. */
export interface PortfolioResult {
  entries: number;
  /** (expected winnings - fees) / fees. */
  roi: number;
  /** Share of (entry, sim) pairs that win a prize. */
  cashRate: number;
  /** Share of sims in which one of our entries finishes first (a tie for first counts its share). */
  winRate: number;
  expectedWinnings: number;
  fees: number;
  /** Per chosen lineup, in the order given: its expected winnings inside this portfolio. */
  perEntry: number[];
}

/**
 * Exact return of `chosen` entered together: in every sim our entries in the money are ranked among themselves
 * and against the field (each of ours above pushes the next one down a place; field ties split prizes).
 */
export function evaluatePortfolio(outcomes: PoolOutcomes, chosen: readonly number[], cumulative: Float64Array, entryFee: number): PortfolioResult {
  const bySim = new Map<number, { j: number; score: number; above: number; ties: number }[]>();
  chosen.forEach((c, j) => {
    for (let i = outcomes.offsets[c]!; i < outcomes.offsets[c + 1]!; i++) {
      const s = outcomes.sim[i]!;
      let list = bySim.get(s);
      if (!list) bySim.set(s, list = []);
      list.push({ j, score: outcomes.score[i]!, above: outcomes.above[i]!, ties: outcomes.ties[i]! });
    }
  });
  const perEntry = new Float64Array(chosen.length);
  let cashes = 0;
  let wins = 0;
  for (const list of bySim.values()) {
    list.sort((a, b) => b.score - a.score || a.j - b.j);
    list.forEach((e, idx) => {
      const rank = e.above + idx + 1;
      const won = payoutAt(cumulative, rank, e.ties + 1);
      perEntry[e.j]! += won;
      if (won > 0) cashes++;
      if (rank === 1) wins += 1 / (e.ties + 1);
    });
  }
  const sims = outcomes.sims;
  const expectedWinnings = perEntry.reduce((s, x) => s + x, 0) / sims;
  const fees = entryFee * chosen.length;
  return {
    entries: chosen.length,
    roi: fees > 0 ? (expectedWinnings - fees) / fees : 0,
    cashRate: chosen.length > 0 ? cashes / (chosen.length * sims) : 0,
    winRate: Math.min(1, wins / sims),
    expectedWinnings,
    fees,
    perEntry: Array.from(perEntry, (x) => x / sims),
  };
}
