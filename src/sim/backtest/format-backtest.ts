import type { BacktestSummary } from './backtest-types.js';

const f = (v: number, d = 2): string => v.toFixed(d);

/**
 * The backtest as a text table: one line per date, then the pooled line. Coverage of the players who played twice:
 * against the draws where he plays ("if plays", the calibration target) and against all draws ("all draws").
 */
export function formatBacktest(dates: readonly BacktestSummary[], overall: BacktestSummary): string {
  const header = 'date         n  played   MAE sim/site (played)   MAE sim/site (all)   CRPS played/all   if plays p10 p25 p50 p75 p90 p99   all draws p10 p25 p50 p75 p90 p99   >p99   boom pred/obs';
  const line = (s: BacktestSummary): string =>
    [
      s.date.padEnd(10),
      String(s.n).padStart(5),
      String(s.played).padStart(7),
      `${f(s.mae)} / ${f(s.baselineMae)}`.padStart(24),
      `${f(s.maeAll)} / ${f(s.baselineMaeAll)}`.padStart(20),
      `${f(s.crps)} / ${f(s.crpsAll)}`.padStart(17),
      `  ${[s.coverageIfPlays.p10, s.coverageIfPlays.p25, s.coverageIfPlays.p50, s.coverageIfPlays.p75, s.coverageIfPlays.p90, s.coverageIfPlays.p99].map((v) => f(v)).join(' ')}`.padStart(34),
      `  ${[s.coverage.p10, s.coverage.p25, s.coverage.p50, s.coverage.p75, s.coverage.p90, s.coverage.p99].map((v) => f(v)).join(' ')}`.padStart(35),
      f(s.aboveP99, 3).padStart(7),
      `${f(s.boomPredicted, 3)} / ${f(s.boomObserved, 3)}`.padStart(15),
    ].join(' ');
  return [header, ...dates.map(line), line(overall)].join('\n');
}
