import { describe, expect, it } from 'vitest';
import { mergeChunks, planChunks } from './merge-chunks.js';
import { prepareModel } from './prepare-model.js';
import { sampleDraws } from './sample-draws.js';
import { buildTestGame } from '../../../test/sim/support/build-test-game.js';

const SIMS = 40_000;

function column(draws: Float32Array, player: number, count: number): Float32Array {
  return draws.subarray(player * count, (player + 1) * count);
}

function meanSd(x: Float32Array): { mean: number; sd: number } {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let ss = 0;
  for (const v of x) ss += (v - mean) ** 2;
  return { mean, sd: Math.sqrt(ss / (x.length - 1)) };
}

function pearson(a: Float32Array, b: Float32Array): number {
  const ma = meanSd(a);
  const mb = meanSd(b);
  let c = 0;
  for (let i = 0; i < a.length; i++) c += (a[i]! - ma.mean) * (b[i]! - mb.mean);
  return c / (a.length - 1) / (ma.sd * mb.sd);
}

describe('sampleDraws', () => {
  const players = buildTestGame({ wr2A: { sd: 9 } });
  const idx = (key: string): number => players.findIndex((p) => p.key === key);
  const model = prepareModel(players, { sport: 'NFL' });
  const draws = sampleDraws(model, 7, { simStart: 0, simEnd: SIMS });

  it('when sampled, then every player mean and sd is within tolerance of its target', () => {
    players.forEach((p, i) => {
      const { mean, sd } = meanSd(column(draws, i, SIMS));
      const targetSd = model.sds[i]!;
      // Standard error of the mean is sd/sqrt(n) ~ 0.005 sd; allow 4 SE plus the quadrature error.
      expect(Math.abs(mean - p.mean)).toBeLessThan(0.02 * targetSd + 0.01 * p.mean);
      expect(Math.abs(sd - targetSd) / targetSd).toBeLessThan(0.03);
    });
    expect(model.sds[idx('wr2A')]).toBe(9);
  });

  it('when sampled, then outcomes are right-skewed with a floor', () => {
    const wr = column(draws, idx('wr1A'), SIMS);
    const sorted = Float32Array.from(wr).sort();
    const median = sorted[SIMS / 2]!;
    expect(median).toBeLessThan(16);
    expect(sorted[0]).toBeGreaterThanOrEqual(-1);
    expect(sorted[SIMS - 1]).toBeGreaterThan(40);
  });

  const pairs: [string, string, number][] = [
    ['qbA', 'wr1A', 0.33], // same:QB-WR measured on nflverse 2022 (correlation-targets.ts)
    ['qbA', 'teA', 0.28],
    ['qbA', 'rbA', 0.04],
    ['wr1A', 'wr2A', 0],
    ['qbA', 'qbB', 0.2],
    ['qbA', 'wr1B', 0.1],
    ['qbA', 'dstB', -0.34],
    ['rbA', 'dstB', -0.2],
  ];

  it('when sampling the points of skewed players, then pairwise correlations of points are within ±0.03 of the table', () => {
    const ratios: number[] = [];
    for (const [a, b, target] of pairs) {
      const r = pearson(column(draws, idx(a), SIMS), column(draws, idx(b), SIMS));
      expect(Math.abs(r - target), `${a}-${b}: ${r.toFixed(3)} vs ${target}`).toBeLessThanOrEqual(0.03);
      if (Math.abs(target) >= 0.2) ratios.push(r / target);
    }
    // No systematic shrinkage: an uncalibrated copula loses 3-6% on every one of these pairs.
    const meanRatio = ratios.reduce((s, x) => s + x, 0) / ratios.length;
    expect(Math.abs(meanRatio - 1)).toBeLessThan(0.02);
  });

  it('when sampling the copula normals, then they follow the model matrix, set stronger than the points targets', () => {
    const latent = sampleDraws(model, 11, { simStart: 0, simEnd: SIMS }, { latent: true });
    const block = model.blocks[0]!;
    const k = block.players.length;
    const copula = (a: number, b: number): number => {
      let s = 0;
      for (let j = 0; j < k; j++) s += block.lower[a * k + j]! * block.lower[b * k + j]!;
      return s;
    };
    for (const [a, b, target] of pairs) {
      const rho = copula(idx(a), idx(b));
      // Skew and the dud mass weaken a correlation on its way from the normals to the points.
      if (target !== 0) expect(Math.abs(rho), `${a}-${b}`).toBeGreaterThan(Math.abs(target));
      const r = pearson(column(latent, idx(a), SIMS), column(latent, idx(b), SIMS));
      expect(Math.abs(r - rho), `${a}-${b}: ${r.toFixed(3)} vs ${rho.toFixed(3)}`).toBeLessThanOrEqual(0.03);
    }
  });

  it('when a player is out, then he scores 0 in every sim', () => {
    const out = buildTestGame({ wr1A: { playProbability: 0 } });
    const d = sampleDraws(prepareModel(out, { sport: 'NFL' }), 3, { simStart: 0, simEnd: 2000 });
    expect(column(d, 1, 2000).every((v) => v === 0)).toBe(true);
  });

  it('when a player is questionable, then he scores 0 in about 1 - p of the sims', () => {
    const q = buildTestGame({ wr1A: { playProbability: 0.75 } });
    const d = sampleDraws(prepareModel(q, { sport: 'NFL' }), 3, { simStart: 0, simEnd: 20_000 });
    const zeros = column(d, 1, 20_000).filter((v) => v === 0).length / 20_000;
    expect(zeros).toBeGreaterThan(0.23);
    expect(zeros).toBeLessThan(0.27);
  });

  it('when a questionable receiver sits, then his teammate scores more in exactly those sims', () => {
    const q = buildTestGame({ wr1A: { playProbability: 0.5 } });
    const m = prepareModel(q, { sport: 'NFL', boosts: [{ from: 1, to: 2, factor: 0.4 }] });
    const n = 40_000;
    const d = sampleDraws(m, 21, { simStart: 0, simEnd: n });
    let sitSum = 0;
    let sitN = 0;
    let playSum = 0;
    let playN = 0;
    for (let s = 0; s < n; s++) {
      if (d[1 * n + s] === 0) {
        sitSum += d[2 * n + s]!;
        sitN++;
      } else {
        playSum += d[2 * n + s]!;
        playN++;
      }
    }
    expect(sitN / n).toBeCloseTo(0.5, 1);
    // WR1 and WR2 are uncorrelated in the copula (WR-WR 0), so the only difference is the 40% boost.
    expect(sitSum / sitN / (playSum / playN)).toBeCloseTo(1.4, 1);
    expect(meanSd(column(d, 2, n)).mean).toBeCloseTo(11 * (0.5 + 0.5 * 1.4), 0);
  });

  it('when run twice with the same seed, then draws are identical; with another seed they differ', () => {
    const a = sampleDraws(model, 99, { simStart: 0, simEnd: 500 });
    const b = sampleDraws(model, 99, { simStart: 0, simEnd: 500 });
    const c = sampleDraws(model, 100, { simStart: 0, simEnd: 500 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
  });

  it('when a run is split into chunks, then the merged chunks equal the unchunked run bit for bit', () => {
    const sims = 1_003;
    const whole = sampleDraws(model, 5, { simStart: 0, simEnd: sims });
    const chunks = planChunks(sims, 250).map((c) => ({ ...c, draws: sampleDraws(model, 5, c) }));
    const merged = mergeChunks(chunks.reverse(), players.length, sims);
    expect(Buffer.from(merged.buffer).equals(Buffer.from(whole.buffer))).toBe(true);
  });

  it('when chunks leave a gap, then merging names the missing sim', () => {
    const c = { simStart: 0, simEnd: 10, draws: new Float32Array(players.length * 10) };
    const d = { simStart: 20, simEnd: 30, draws: new Float32Array(players.length * 10) };
    expect(() => mergeChunks([c, d], players.length, 30)).toThrow(/starting at sim 10/);
  });
});
