import { CONTEST_BLOCK, type ContestPartial } from './score-contest.js';

/** How one of our lineups fared over all sims. */
export interface LineupContestResult {
  /** (average prize - entry fee) / entry fee. */
  roi: number;
  averagePayout: number;
  /** Share of sims finishing first (a tie for first counts 1/ties). */
  winRate: number;
  /** Share of sims inside the top 1% of the field. */
  topRate: number;
  cashRate: number;
  /** Average finishing position (ties at their mid position). */
  averageFinish: number;
  /** Field entries identical to this lineup. */
  duplicates: number;
}

/**
 * Reduces chunk partials (any order, any chunking on CONTEST_BLOCK boundaries) to per-lineup results. Payouts
 * are summed block by block in sim order, so chunked and unchunked runs give the same floats.
 */
export function reduceContest(partials: readonly ContestPartial[], sims: number, entryFee: number, duplicates: Int32Array): LineupContestResult[] {
  const ordered = [...partials].sort((a, b) => a.simStart - b.simStart);
  let expected = 0;
  for (const p of ordered) {
    if (p.simStart !== expected) throw new Error(`contest chunks do not tile the run: expected sim ${expected}, got ${p.simStart}`);
    expected = p.simEnd;
  }
  if (expected !== sims) throw new Error(`contest chunks cover ${expected} of ${sims} sims`);
  const m = duplicates.length;
  const payout = new Float64Array(m);
  const wins = new Float64Array(m);
  const top = new Float64Array(m);
  const cashes = new Float64Array(m);
  const finish = new Float64Array(m);
  for (const p of ordered) {
    const blocks = Math.ceil((p.simEnd - p.simStart) / CONTEST_BLOCK);
    for (let b = 0; b < blocks; b++) {
      for (let j = 0; j < m; j++) {
        payout[j]! += p.payoutBlocks[b * m + j]!;
        wins[j]! += p.winBlocks[b * m + j]!;
      }
    }
    for (let j = 0; j < m; j++) {
      top[j]! += p.top[j]!;
      cashes[j]! += p.cashes[j]!;
      finish[j]! += p.finishSum[j]!;
    }
  }
  return Array.from({ length: m }, (_, j) => {
    const averagePayout = payout[j]! / sims;
    return {
      roi: entryFee > 0 ? (averagePayout - entryFee) / entryFee : 0,
      averagePayout,
      winRate: wins[j]! / sims,
      topRate: top[j]! / sims,
      cashRate: cashes[j]! / sims,
      averageFinish: finish[j]! / sims,
      duplicates: duplicates[j]!,
    };
  });
}

/**
 * Joins consecutive partials (e.g. the worker-thread tasks of one chunk) into one partial of their whole range.
 * Exact: payout blocks are concatenated, not added, and the counters are integers (finish sums half-integers).
 */
export function concatPartials(partials: readonly ContestPartial[]): ContestPartial {
  const ordered = [...partials].sort((a, b) => a.simStart - b.simStart);
  const first = ordered[0];
  if (!first) throw new Error('no partials to join');
  const m = first.top.length;
  const joined: ContestPartial = {
    simStart: first.simStart,
    simEnd: ordered[ordered.length - 1]!.simEnd,
    payoutBlocks: new Float64Array(ordered.reduce((s, p) => s + p.payoutBlocks.length, 0)),
    winBlocks: new Float64Array(ordered.reduce((s, p) => s + p.winBlocks.length, 0)),
    top: new Int32Array(m),
    cashes: new Int32Array(m),
    finishSum: new Float64Array(m),
  };
  let offset = 0;
  let expected = first.simStart;
  const samples: number[] = [];
  for (const p of ordered) {
    if (p.simStart !== expected) throw new Error(`partials do not join: expected sim ${expected}, got ${p.simStart}`);
    if (p.simStart % CONTEST_BLOCK !== 0) throw new Error(`partial at sim ${p.simStart} is not block aligned`);
    expected = p.simEnd;
    if (p.fieldSamples) samples.push(...p.fieldSamples);
    joined.payoutBlocks.set(p.payoutBlocks, offset);
    joined.winBlocks.set(p.winBlocks, offset);
    offset += p.payoutBlocks.length;
    for (let j = 0; j < m; j++) {
      joined.top[j]! += p.top[j]!;
      joined.cashes[j]! += p.cashes[j]!;
      joined.finishSum[j]! += p.finishSum[j]!;
    }
  }
  if (ordered.some((p) => p.fieldSamples)) joined.fieldSamples = Float64Array.from(samples);
  return joined;
}
