/**
 * Where a portfolio's entries finish, from the contest run's per-lineup rates: the share of entries that win, land
 * in the top 1% (without winning), cash (outside the top 1%), or finish out of the money. Each bucket is the mean
 * over lineups, so the bars add up to 100% of the entries.
 */
import { renderBarChart } from '../charts/bar-chart-svg.js';

interface Rates { winRate: number; topRate: number; cashRate: number }

export function finishDistribution(lineups: readonly Rates[]): { label: string; value: number }[] {
  if (!lineups.length) return [];
  const mean = (f: (r: Rates) => number): number => lineups.reduce((s, r) => s + f(r), 0) / lineups.length;
  const win = mean((r) => r.winRate);
  const top = Math.max(0, mean((r) => r.topRate) - win);
  const cash = Math.max(0, mean((r) => r.cashRate) - win - top);
  return [
    { label: 'Win', value: win },
    { label: 'Top 1% (not 1st)', value: top },
    { label: 'Cash, outside top 1%', value: cash },
    { label: 'Out of the money', value: Math.max(0, 1 - win - top - cash) },
  ];
}

export function renderFinishChart(lineups: readonly Rates[]): string | null {
  const rows = finishDistribution(lineups);
  return rows.length ? renderBarChart(rows, { title: 'Finish distribution of the entries', max: 1, width: 420 }) : null;
}
