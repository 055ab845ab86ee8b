import { adjustPlayers } from '../adjust/adjust-players.js';
import { conditionalBoosts } from '../adjust/redistribute-vacated.js';
import type { ProjectionInput } from '../adjust/types.js';
import type { OutcomeProfile } from '../dist/outcome-profiles.js';
import { prepareModel } from '../engine/prepare-model.js';
import { sampleDraws } from '../engine/sample-draws.js';
import { applyHistory } from '../history/apply-history.js';
import { buildHistoryIndex, type HistoryRecord } from '../history/history-index.js';
import type { SimSport } from '../types.js';
import type { BacktestRow, BacktestSlate, BacktestSummary } from './backtest-types.js';
import { scoreDraws, type DrawScore } from './draw-scores.js';

/** How the backtest projects each slate. */
export interface BacktestOptions {
  sport: SimSport;
  sims: number;
  seed: number;
  /** false: today's site-average run (no history), the reference the history model has to beat. */
  useHistory: boolean;
  /** Outcome profiles over the defaults (benchmarks compare against earlier profiles this way). */
  profiles?: Record<string, Partial<OutcomeProfile>>;
}

/** One graded player of a date. */
interface Scored {
  row: BacktestRow;
  score: DrawScore;
  source: string;
}

/** Every stored result row as history records (a row is a game of his team that date). */
export function historyRecords(slates: readonly BacktestSlate[]): HistoryRecord[] {
  return slates.flatMap((s) => s.rows.map((r) => ({ playerKey: r.playerKey, team: r.team, date: s.date, played: r.played, points: r.actual })));
}

/** Projects one slate from the records strictly before its date and scores every player against his result. */
export function backtestSlate(slate: BacktestSlate, records: readonly HistoryRecord[], options: BacktestOptions): Scored[] {
  const { sport } = options;
  const siteInputs: ProjectionInput[] = slate.rows.map((r) => ({
    key: r.playerKey,
    name: r.name,
    team: r.team,
    opponent: r.opponent,
    gameKey: r.gameKey,
    position: r.positions[0] ?? 'UTIL',
    salary: r.salary,
    baseline: r.siteAverage !== null && r.siteAverage > 0 ? r.siteAverage : null,
    baselineSource: r.siteAverage !== null && r.siteAverage > 0 ? 'site-average' : 'none',
    sd: null,
    status: r.status,
    battingOrder: null,
    line: null,
  }));
  const inputs = options.useHistory
    ? applyHistory(sport, siteInputs, slate.rows.map((r) => ({ historyKey: r.playerKey, siteAverage: r.siteAverage })), buildHistoryIndex(records, slate.date))
    : siteInputs;
  const players = adjustPlayers(sport, inputs);
  const model = prepareModel(players, { sport, boosts: conditionalBoosts(sport, players), ...(options.profiles ? { profiles: options.profiles } : {}) });
  const sat = new Uint8Array(players.length * options.sims);
  const draws = sampleDraws(model, options.seed, { simStart: 0, simEnd: options.sims }, { sat });
  return slate.rows.map((row, i) => ({ row, score: scoreDraws(draws, i * options.sims, options.sims, row.actual, row.salary, sat), source: inputs[i]!.baselineSource }));
}

/** Summary of graded players (one date, or all dates pooled). */
export function summarize(date: string, slateId: number | null, scored: readonly Scored[]): BacktestSummary {
  const played = scored.filter((s) => s.row.played);
  const avg = (list: readonly Scored[], f: (s: Scored) => number): number => (list.length === 0 ? 0 : list.reduce((sum, s) => sum + f(s), 0) / list.length);
  const site = (s: Scored): number => s.row.siteAverage ?? 0;
  const share = (level: number): number => avg(played, (s) => (s.score.atOrBelow[level] ? 1 : 0));
  const shareIfPlays = (level: number): number => avg(played, (s) => (s.score.atOrBelowIfPlays[level] ? 1 : 0));
  const shareAll = (level: number): number => avg(scored, (s) => s.score.pitAtOrBelow[level]!);
  const coverage = (f: (level: number) => number): BacktestSummary['coverage'] => ({ p10: f(0), p25: f(1), p50: f(2), p75: f(3), p90: f(4), p99: f(5) });
  const sources: Record<string, number> = {};
  for (const s of scored) sources[s.source] = (sources[s.source] ?? 0) + 1;
  return {
    date,
    slateId,
    n: scored.length,
    played: played.length,
    mae: avg(played, (s) => Math.abs(s.score.mean - s.row.actual)),
    maeAll: avg(scored, (s) => Math.abs(s.score.mean - s.row.actual)),
    maeIfPlays: avg(played, (s) => Math.abs(s.score.meanIfPlays - s.row.actual)),
    baselineMae: avg(played, (s) => Math.abs(site(s) - s.row.actual)),
    baselineMaeAll: avg(scored, (s) => Math.abs(site(s) - s.row.actual)),
    crps: avg(played, (s) => s.score.crps),
    crpsAll: avg(scored, (s) => s.score.crps),
    coverage: coverage(share),
    coverageIfPlays: coverage(shareIfPlays),
    coverageAll: coverage(shareAll),
    aboveP99: 1 - shareIfPlays(5),
    boomPredicted: avg(scored, (s) => s.score.boom),
    boomObserved: avg(scored, (s) => (s.row.salary > 0 && s.row.actual >= (5 * s.row.salary) / 1000 ? 1 : 0)),
    baselineSources: sources,
  };
}

/**
 * Walks the slates in date order, projecting each from the results of earlier dates only (`history` may hold
 * results from before the first slate too), and grades it against its own results. Returns each date's
 * summary and the summary of all graded players pooled.
 */
export function runBacktest(slates: readonly BacktestSlate[], history: readonly HistoryRecord[], options: BacktestOptions): { dates: BacktestSummary[]; overall: BacktestSummary } {
  const ordered = [...slates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const all: Scored[] = [];
  const dates = ordered.map((slate) => {
    const scored = backtestSlate(slate, history, options);
    all.push(...scored);
    return summarize(slate.date, slate.slateId, scored);
  });
  return { dates, overall: summarize('all', null, all) };
}
