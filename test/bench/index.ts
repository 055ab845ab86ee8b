/** Every benchmark `npm run bench` runs, in order. */
import type { Bench } from './bench-support.js';

export const benches: Array<() => Promise<{ bench: Bench }>> = [
  () => import('./dfs-import.bench.js'),
  () => import('./odds.bench.js'),
  () => import('./sim.bench.js'),
  () => import('./projections-200k.bench.js'),
  () => import('./backtest.bench.js'),
  () => import('./optimizer.bench.js'),
  () => import('./api.bench.js'),
  () => import('./portfolio.bench.js'),
  () => import('./portfolio-mlb.bench.js'),
  () => import('./contest.bench.js'),
  () => import('./results.bench.js'),
  () => import('./role-startup.bench.js'),
];
