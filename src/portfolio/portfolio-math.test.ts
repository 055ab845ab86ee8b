import { describe, expect, it } from 'vitest';
import { evaluatePortfolio } from './evaluate-portfolio.js';
import { scorePoolRange, mergePoolOutcomes, type CompiledLineups } from './pool-outcomes.js';
import { selectPortfolio } from './select-portfolio.js';

/** xorshift for reproducible tests. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 2 ** 32; };
}

function randomLineups(count: number, slots: number, players: number, r: () => number): CompiledLineups {
  const p = new Int32Array(count * slots);
  for (let i = 0; i < p.length; i++) p[i] = Math.floor(r() * players);
  return { slotCount: slots, entryCount: count, players: p, multipliers: new Float32Array(count * slots).fill(1) };
}

function cumulativeOf(prizes: number[]): Float64Array {
  const c = new Float64Array(prizes.length + 1);
  prizes.forEach((x, i) => { c[i + 1] = c[i]! + x; });
  return c;
}

/** Every entry of the contest scored and sorted, ties splitting: the plain definition. */
function naiveWinnings(field: CompiledLineups, pool: CompiledLineups, chosen: number[], draws: Float32Array, players: number, sims: number, prizes: number[]): number {
  let total = 0;
  const score = (l: CompiledLineups, e: number, s: number): number => {
    let x = 0;
    for (let j = 0; j < l.slotCount; j++) x += draws[s * players + l.players[e * l.slotCount + j]!]!;
    return x;
  };
  for (let s = 0; s < sims; s++) {
    const all = [
      ...Array.from({ length: field.entryCount }, (_, e) => ({ ours: false, x: score(field, e, s), order: 0 })),
      ...chosen.map((c, j) => ({ ours: true, x: score(pool, c, s), order: j })),
    ];
    for (const me of all.filter((a) => a.ours)) {
      // Our entries tie-break among themselves by order (as the evaluation does); field ties split.
      const above = all.filter((a) => a.x > me.x || (a.ours && a.x === me.x && a.order < me.order)).length;
      const tiedField = all.filter((a) => !a.ours && a.x === me.x).length;
      let sum = 0;
      for (let p = above; p < above + tiedField + 1; p++) sum += prizes[p] ?? 0;
      total += sum / (tiedField + 1);
    }
  }
  return total / sims;
}

describe('portfolio math', () => {
  const players = 30;
  const sims = 400;
  const r = rng(7);
  // Integer points make ties (and so prize splits) common.
  const draws = Float32Array.from({ length: sims * players }, () => Math.floor(r() * 10));
  const field = randomLineups(150, 3, players, r);
  const pool = randomLineups(25, 3, players, r);
  // A duplicate of a field entry: it must split its prizes with that entry.
  pool.players.set(field.players.subarray(0, 3), 0);
  const prizes = [100, 50, 30, 20, 10, ...Array<number>(25).fill(4)];
  const cumulative = cumulativeOf(prizes);

  it('when the sims are scored in two ranges and merged, then each lineup keeps the same in-the-money records', () => {
    const whole = scorePoolRange(field, pool, draws, players, 0, sims, prizes.length, sims);
    const halves = mergePoolOutcomes([
      scorePoolRange(field, pool, draws.subarray(0, 200 * players), players, 0, 200, prizes.length, sims),
      scorePoolRange(field, pool, draws.subarray(200 * players), players, 200, sims, prizes.length, sims),
    ]);
    expect(Array.from(halves.offsets)).toEqual(Array.from(whole.offsets));
    expect(Array.from(halves.above)).toEqual(Array.from(whole.above));
    expect(whole.sim.length).toBeGreaterThan(0);
  });

  it('when a set of lineups is evaluated, then its winnings equal ranking every entry of the contest in every sim', () => {
    const outcomes = scorePoolRange(field, pool, draws, players, 0, sims, prizes.length, sims);
    for (const chosen of [[0], [0, 1, 2], [3, 7, 11, 19, 24], Array.from({ length: 25 }, (_, i) => i)]) {
      const result = evaluatePortfolio(outcomes, chosen, cumulative, 2);
      expect(result.expectedWinnings).toBeCloseTo(naiveWinnings(field, pool, chosen, draws, players, sims, prizes), 9);
    }
  });

  it('when lineups are chosen greedily, then the set returns at least as much as the same number taken by standalone value', () => {
    const outcomes = scorePoolRange(field, pool, draws, players, 0, sims, prizes.length, sims);
    const members = Array.from({ length: pool.entryCount }, () => ({ players: [], teams: [] }));
    const standalone = Array.from({ length: pool.entryCount }, (_, c) => evaluatePortfolio(outcomes, [c], cumulative, 2).expectedWinnings);
    const picked = selectPortfolio({ outcomes, cumulative, k: 6, members, caps: {}, priority: standalone });
    expect(picked.chosen).toHaveLength(6);
    const byValue = [...standalone.keys()].sort((a, b) => standalone[b]! - standalone[a]!).slice(0, 6);
    const greedy = evaluatePortfolio(outcomes, picked.chosen, cumulative, 2).expectedWinnings;
    expect(greedy).toBeGreaterThanOrEqual(evaluatePortfolio(outcomes, byValue, cumulative, 2).expectedWinnings - 1e-9);
    // The first pick is the best lineup on its own, and the greedy credit adds up to the exact total.
    expect(picked.chosen[0]).toBe(byValue[0]);
    expect(picked.marginal.reduce((s, x) => s + x, 0)).toBeCloseTo(greedy, 6);
  });

  it('when a player is capped, then no more than the cap share of chosen lineups hold him', () => {
    const outcomes = scorePoolRange(field, pool, draws, players, 0, sims, prizes.length, sims);
    const members = Array.from({ length: pool.entryCount }, (_, c) => ({ players: Array.from(pool.players.subarray(c * 3, c * 3 + 3), String), teams: [] }));
    const picked = selectPortfolio({ outcomes, cumulative, k: 10, members, caps: { maxPlayer: 0.2 }, priority: new Float64Array(25) });
    const counts = new Map<string, number>();
    for (const c of picked.chosen) for (const p of new Set(members[c]!.players)) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });
});
