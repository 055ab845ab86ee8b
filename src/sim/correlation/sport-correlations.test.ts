import { correlationTable } from './correlation-targets.js';
import { describe, expect, it } from 'vitest';
import { prepareModel } from '../engine/prepare-model.js';
import { sampleDraws } from '../engine/sample-draws.js';
import type { SimPlayer } from '../types.js';

const SIMS = 30_000;

function player(key: string, team: string, position: string, mean: number, extra: Partial<SimPlayer> = {}): SimPlayer {
  return { key, name: key, team, opponent: team === 'H' ? 'A' : 'H', gameKey: 'A@H', position, salary: 5000, mean, sd: null, playProbability: 1, battingOrder: null, line: null, ...extra };
}

function correlation(draws: Float32Array, a: number, b: number): number {
  let sa = 0;
  let sb = 0;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let s = 0; s < SIMS; s++) {
    const x = draws[a * SIMS + s]!;
    const y = draws[b * SIMS + s]!;
    sa += x;
    sb += y;
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  const cov = sab / SIMS - (sa / SIMS) * (sb / SIMS);
  return cov / Math.sqrt((saa / SIMS - (sa / SIMS) ** 2) * (sbb / SIMS - (sb / SIMS) ** 2));
}

// Correlations of the sampled fantasy points (not the copula's normals): the tables state points correlations.
describe('per-sport correlation defaults, sampled as points', () => {
  it('when MLB lineups are sampled, then batting-order neighbours and hitters vs the opposing pitcher match the table', () => {
    const players: SimPlayer[] = [];
    for (const team of ['H', 'A']) {
      for (let order = 1; order <= 9; order++) players.push(player(`${team}${order}`, team, 'OF', 8, { battingOrder: order }));
      players.push(player(`${team}P`, team, 'SP', 18));
    }
    const model = prepareModel(players, { sport: 'MLB' });
    expect(model.blocks.every((b) => !b.repaired)).toBe(true);
    const points = sampleDraws(model, 1, { simStart: 0, simEnd: SIMS });
    const idx = (k: string) => players.findIndex((p) => p.key === k);
    const checks: [string, string, number][] = [
      ['H1', 'H2', 0.2],
      ['H1', 'H3', 0.16],
      ['H2', 'H5', 0.12],
      ['H9', 'H1', 0.2], // the order wraps
      ['H1', 'H6', 0.08],
      ['H4', 'AP', -0.28],
      ['H4', 'A4', 0],
    ];
    const ratios: number[] = [];
    for (const [a, b, target] of checks) {
      const r = correlation(points, idx(a), idx(b));
      expect(Math.abs(r - target), `${a}-${b} ${r.toFixed(3)}`).toBeLessThanOrEqual(0.03);
      if (Math.abs(target) >= 0.12) ratios.push(r / target);
    }
    // Hitters' dud-heavy outcomes would shrink every one of these by 10-13% without the copula calibration.
    const meanRatio = ratios.reduce((s, x) => s + x, 0) / ratios.length;
    expect(Math.abs(meanRatio - 1)).toBeLessThan(0.04);
  });

  it('when NHL line-mates and NBA teammates are sampled, then they match the table', () => {
    const nhl = [
      player('c1', 'H', 'C', 12, { line: 1 }),
      player('w1', 'H', 'LW', 10, { line: 1 }),
      player('w2', 'H', 'RW', 10, { line: 2 }),
      player('g', 'A', 'G', 14),
    ];
    const nhlPoints = sampleDraws(prepareModel(nhl, { sport: 'NHL' }), 2, { simStart: 0, simEnd: SIMS });
    expect(Math.abs(correlation(nhlPoints, 0, 1) - 0.35)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(correlation(nhlPoints, 0, 2) - 0.05)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(correlation(nhlPoints, 0, 3) + 0.25)).toBeLessThanOrEqual(0.03);

    const nba = [player('pg', 'H', 'PG', 40), player('c', 'H', 'C', 35), player('c2', 'H', 'C', 20), player('opp', 'A', 'SF', 30)];
    const nbaPoints = sampleDraws(prepareModel(nba, { sport: 'NBA' }), 3, { simStart: 0, simEnd: SIMS });
    // NBA teammates and opponents: the targets fitted on stored results (correlation-targets.ts); C-C the default.
    const table = correlationTable('NBA');
    expect(Math.abs(correlation(nbaPoints, 0, 1) - table['same:*']!)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(correlation(nbaPoints, 1, 2) + 0.1)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(correlation(nbaPoints, 0, 3) - table['opp:*']!)).toBeLessThanOrEqual(0.03);
  });

  it('when a user overrides a pair, then the override is what gets sampled', () => {
    const nfl = [player('qb', 'H', 'QB', 20), player('wr', 'H', 'WR', 15)];
    const points = sampleDraws(prepareModel(nfl, { sport: 'NFL', correlations: { 'same:QB-WR': 0.6 } }), 4, { simStart: 0, simEnd: SIMS });
    expect(Math.abs(correlation(points, 0, 1) - 0.6)).toBeLessThanOrEqual(0.03);
  });

  it('when a fringe player barely projects, then his correlations fade towards zero', () => {
    const nfl = [player('qb', 'H', 'QB', 20), player('wr5', 'H', 'WR', 1)];
    const points = sampleDraws(prepareModel(nfl, { sport: 'NFL' }), 5, { simStart: 0, simEnd: SIMS });
    // weight 1/8 → 0.3 * sqrt(0.125) ≈ 0.106
    expect(Math.abs(correlation(points, 0, 1) - 0.3 * Math.sqrt(1 / 8))).toBeLessThanOrEqual(0.03);
  });
});
