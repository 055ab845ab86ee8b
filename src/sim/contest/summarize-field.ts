import { FIELD_SAMPLE_WIDTH, type ContestPartial } from './score-contest.js';

/** Median and spread of a score over the sampled sims. */
export interface ScoreSpread { p10: number; p50: number; p90: number }

/** The contest field over the sims: what it takes to win and to cash, and what the field earns on average. */
export interface FieldSummary {
  winningScore: ScoreSpread;
  cashLine: ScoreSpread;
  /** Median over the sampled sims of each sim's median entry score. */
  medianScore: number;
  /** Mean entry score over the sampled sims. */
  meanScore: number;
  /** Share of field entries whose lineup another field entry also holds. */
  duplicateRate: number;
  /** prizes / (entry fee x entries) - 1: the field's average ROI (identity of a contest: every prize is paid). */
  meanRoi: number;
  /** The identity, measured: prize pool, fees, and the least and most paid out in any sampled sim. */
  roiCheck: { prizePool: number; entryFees: number; paidMin: number; paidMax: number; sampledSims: number };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const spread = (values: number[]): ScoreSpread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p10: round2(quantile(sorted, 0.1)), p50: round2(quantile(sorted, 0.5)), p90: round2(quantile(sorted, 0.9)) };
};

/** Reduces the sampled sims of the partials into the field summary. */
export function summarizeField(partials: readonly ContestPartial[], economics: { prizePool: number; entryFee: number; entries: number; duplicateRate: number }): FieldSummary {
  const win: number[] = [];
  const cash: number[] = [];
  const median: number[] = [];
  let meanSum = 0;
  let paidMin = Infinity;
  let paidMax = -Infinity;
  for (const p of [...partials].sort((a, b) => a.simStart - b.simStart)) {
    const f = p.fieldSamples;
    if (!f) continue;
    for (let i = 0; i + FIELD_SAMPLE_WIDTH <= f.length; i += FIELD_SAMPLE_WIDTH) {
      win.push(f[i]!);
      cash.push(f[i + 1]!);
      median.push(f[i + 2]!);
      meanSum += f[i + 3]!;
      paidMin = Math.min(paidMin, f[i + 4]!);
      paidMax = Math.max(paidMax, f[i + 4]!);
    }
  }
  const fees = economics.entryFee * economics.entries;
  return {
    winningScore: spread(win),
    cashLine: spread(cash),
    medianScore: spread(median).p50,
    meanScore: win.length ? round2(meanSum / win.length) : 0,
    duplicateRate: Math.round(economics.duplicateRate * 10_000) / 10_000,
    meanRoi: fees > 0 ? economics.prizePool / fees - 1 : 0,
    roiCheck: { prizePool: economics.prizePool, entryFees: fees, paidMin: win.length ? round2(paidMin) : 0, paidMax: win.length ? round2(paidMax) : 0, sampledSims: win.length },
  };
}
