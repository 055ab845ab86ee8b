/** Turns the results tier's grades of backtest dates into the backtest's per-date and pooled summaries. */
import type { GradedPlayer, SlateGrade } from '../../results/index.js';
import type { BacktestSummary, Coverage } from '../../sim/backtest/backtest-types.js';

/** One graded date: the grade, the date, and what the run said per slate player (boom chance, baseline source). */
export interface GradedDate {
  date: string;
  grade: SlateGrade;
  boom: Map<number, number>;
  sources: Map<number, string>;
  /** The run's play probability per slate player (to read his distribution given he plays from his PIT). */
  play: Map<number, number>;
}

const LEVELS = ['p10', 'p25', 'p50', 'p75', 'p90', 'p99'] as const;
const NOMINAL = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99] as const;

/**
 * The PIT of his score under his distribution given he plays. A sit is a 0, so for an actual >= 0 the whole sit
 * mass (1 - p) is at or below it: PIT = (1 - p) + p * G(actual) (the grade splits ties; a played 0 is rare).
 */
function pitIfPlays(pit: number, actual: number, p: number): number {
  if (!(p > 0) || p >= 1) return pit;
  return Math.min(Math.max(actual >= 0 ? (pit - (1 - p)) / p : pit / p, 0), 1);
}

/** Chance his randomized PIT is at or below q: a did-not-play 0 spreads over the sit mass around its mid PIT. */
function pitShare(pit: number, sitMass: number, q: number): number {
  if (sitMass <= 0) return pit <= q ? 1 : 0;
  const lo = Math.max(pit - sitMass / 2, 0);
  return Math.min(Math.max((q - lo) / sitMass, 0), 1);
}

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
  const playOf = new Map(dates.flatMap((d) => [...d.play]));
  const withPit = (list: readonly GradedPlayer[]): GradedPlayer[] => list.filter((p) => p.pit !== null);
  const coverageIfPlays = Object.fromEntries(
    LEVELS.map((l, i) => [l, avg(withPit(played), (p) => (pitIfPlays(p.pit!, p.actual!, playOf.get(p.slatePlayerId) ?? 1) <= NOMINAL[i]! ? 1 : 0))]),
  ) as unknown as Coverage;
  const coverageAll = Object.fromEntries(
    LEVELS.map((l, i) => [l, avg(withPit(players), (p) => pitShare(p.pit!, !p.played && p.actual === 0 ? 1 - (playOf.get(p.slatePlayerId) ?? 1) : 0, NOMINAL[i]!))]),
  ) as unknown as Coverage;
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
    // A sit is a 0: the whole mean is p x the mean given he plays.
    maeIfPlays: avg(played, (p) => Math.abs(p.mean! / Math.max(playOf.get(p.slatePlayerId) ?? 1, 1e-9) - p.actual!)),
    baselineMae: avg(played, (p) => Math.abs((p.avgPoints ?? 0) - p.actual!)),
    baselineMaeAll: avg(players, (p) => Math.abs((p.avgPoints ?? 0) - p.actual!)),
    crps: weighted((d) => [d.grade.playedSummary.crps, d.grade.playedSummary.n]),
    crpsAll: weighted((d) => [d.grade.summary.crps, d.grade.summary.n]),
    coverage,
    coverageIfPlays,
    coverageAll,
    aboveP99: 1 - coverageIfPlays.p99,
    boomPredicted: boom.length === 0 ? 0 : boom.reduce((a, b) => a + b, 0) / boom.length,
    boomObserved: avg(players, (p) => (p.salary > 0 && p.actual! >= (5 * p.salary) / 1000 ? 1 : 0)),
    baselineSources: sources,
  };
}
