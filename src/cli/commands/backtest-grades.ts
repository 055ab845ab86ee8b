/** Turns the results tier's grades of backtest dates into the backtest's per-date and pooled summaries. */
import type { GradedPlayer, SlateGrade } from '../../results/index.js';
import type { BacktestSummary, Coverage } from '../../sim/backtest/backtest-types.js';

/** One graded date: the grade, the date, and what the run said per slate player (boom chance, baseline source). */
export interface GradedDate {
  date: string;
  grade: SlateGrade;
  boom: Map<number, number>;
  sources: Map<number, string>;
}

const LEVELS = ['p10', 'p25', 'p50', 'p75', 'p90', 'p99'] as const;

function graded(d: GradedDate): GradedPlayer[] {
  return d.grade.players.filter((p) => !p.captain && p.actual !== null && p.mean !== null);
}

/** Summary of the graded players of some dates; CRPS pooled from each date's, weighted by its players. */
export function summarizeGrades(label: string, slateId: number | null, dates: readonly GradedDate[]): BacktestSummary {
  const players = dates.flatMap(graded);
  const played = players.filter((p) => p.played);
  const avg = (list: readonly GradedPlayer[], f: (p: GradedPlayer) => number): number => (list.length === 0 ? 0 : list.reduce((s, p) => s + f(p), 0) / list.length);
  const weighted = (pick: (d: GradedDate) => [number | null, number]): number => {
    const parts = dates.map(pick).filter((x): x is [number, number] => x[0] !== null);
    const total = parts.reduce((s, [, n]) => s + n, 0);
    return total === 0 ? 0 : parts.reduce((s, [v, n]) => s + v * n, 0) / total;
  };
  const coverage = Object.fromEntries(LEVELS.map((l) => [l, avg(played, (p) => (p[l] !== null && p.actual! <= p[l]! ? 1 : 0))])) as unknown as Coverage;
  const sources: Record<string, number> = {};
  const boom: number[] = [];
  for (const d of dates) {
    for (const p of graded(d)) {
      const s = d.sources.get(p.slatePlayerId) ?? 'none';
      sources[s] = (sources[s] ?? 0) + 1;
      boom.push(d.boom.get(p.slatePlayerId) ?? 0);
    }
  }
  return {
    date: label,
    slateId,
    n: players.length,
    played: played.length,
    mae: avg(played, (p) => Math.abs(p.mean! - p.actual!)),
    maeAll: avg(players, (p) => Math.abs(p.mean! - p.actual!)),
    baselineMae: avg(played, (p) => Math.abs((p.avgPoints ?? 0) - p.actual!)),
    baselineMaeAll: avg(players, (p) => Math.abs((p.avgPoints ?? 0) - p.actual!)),
    crps: weighted((d) => [d.grade.playedSummary.crps, d.grade.playedSummary.n]),
    crpsAll: weighted((d) => [d.grade.summary.crps, d.grade.summary.n]),
    coverage,
    aboveP99: 1 - coverage.p99,
    boomPredicted: boom.length === 0 ? 0 : boom.reduce((a, b) => a + b, 0) / boom.length,
    boomObserved: avg(players, (p) => (p.salary > 0 && p.actual! >= (5 * p.salary) / 1000 ? 1 : 0)),
    baselineSources: sources,
  };
}
