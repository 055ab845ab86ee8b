/** The detail panel's two charts: the simulated points distribution and the game's line movement. */
import type { PlayerDetail } from '../data/load-player-detail.js';
import { binValues, renderHistogram } from '../charts/histogram-svg.js';
import { renderLineChart, type LineSeries } from '../charts/line-chart-svg.js';
import { valuesFromQuantiles } from '../charts/quantile-values.js';

/** Histogram of raw draws when given, else of the stored percentiles; a "no distribution" chart otherwise. */
export function distributionChart(detail: PlayerDetail, draws: ArrayLike<number> | null): { svg: string; basis: 'draws' | 'percentiles' | 'none' } {
  const proj = detail.projection;
  const markers = proj ? [{ value: proj.mean, label: `mean ${proj.mean.toFixed(1)}` }] : [];
  const title = `${detail.name}: simulated fantasy points`;
  if (draws && draws.length) return { svg: renderHistogram(binValues(draws, 30), { title, markers }), basis: 'draws' };
  const points = proj ? [
    { p: 0.1, value: proj.p10 }, { p: 0.25, value: proj.p25 }, { p: 0.5, value: proj.median },
    { p: 0.75, value: proj.p75 }, { p: 0.9, value: proj.p90 }, { p: 0.99, value: proj.p99 },
  ].filter((q): q is { p: number; value: number } => q.value !== null) : [];
  const values = valuesFromQuantiles(points);
  if (values.length) return { svg: renderHistogram(binValues(values, 24), { title, markers }), basis: 'percentiles' };
  return { svg: renderHistogram([], { title }), basis: 'none' };
}

/** Game total and both implied team totals over time (consensus across books). */
export function lineMovementChart(detail: PlayerDetail): string {
  const game = detail.game;
  const series = (name: string, pick: (l: PlayerDetail['lineHistory'][number]) => number | null): LineSeries => ({
    name,
    points: detail.lineHistory.flatMap((l) => {
      const value = pick(l);
      return value === null ? [] : [{ at: l.capturedAt, value }];
    }),
  });
  return renderLineChart([
    series('Total', (l) => l.total),
    series(`${game?.homeTeam ?? 'Home'} implied`, (l) => l.homeImpliedTotal),
    series(`${game?.awayTeam ?? 'Away'} implied`, (l) => l.awayImpliedTotal),
  ], { title: `${game?.label ?? 'Game'} line movement` });
}
