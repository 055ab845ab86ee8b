import type { LineupModel } from './model/lineup-model.js';
import type { OptimizerRules } from './rules-schema.js';

/** mulberry32: small, fast, seedable; lineups with the same seed are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(next: () => number): number {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** Column costs for per-player points: each assignment column gets points x its slot's multiplier. */
export function costsFromPoints(model: LineupModel, points: ArrayLike<number>): number[] {
  const cost = [...model.mip.cost];
  for (const a of model.assign) cost[a.col] = (points[a.player] ?? 0) * (model.groups[a.group]?.pointsMultiplier ?? 1);
  return cost;
}

/** Points for lineup k with randomness: uniform ±d or normal sd d (relative, or the player's own std dev). */
export function randomizedPoints(model: LineupModel, randomness: NonNullable<OptimizerRules['randomness']>, k: number): number[] {
  const next = rng(randomness.seed * 100_003 + k);
  // Persons share one draw so a showdown player's CPT and FLEX rows move together.
  const byKey = new Map<string, number>();
  return model.players.map((p) => {
    const known = byKey.get(p.playerKey);
    if (known !== undefined) return p.projection * known;
    const dev = randomness.perPlayer[p.id] ?? randomness.perPlayer[p.playerKey] ?? randomness.amount;
    let factor: number;
    if (randomness.distribution === 'uniform') factor = 1 + (next() * 2 - 1) * dev;
    else if (p.stdDev !== null && p.projection !== 0 && randomness.perPlayer[p.id] === undefined) factor = 1 + (gaussian(next) * p.stdDev) / p.projection;
    else factor = 1 + gaussian(next) * dev;
    byKey.set(p.playerKey, factor);
    return p.projection * factor;
  });
}

/** Sim-draw mode: lineup k optimises draw k (cycling), blended with the projection. */
export function drawPoints(model: LineupModel, draws: ReadonlyArray<ArrayLike<number>>, blend: number, k: number): number[] {
  const draw = draws[k % draws.length];
  return model.players.map((p, i) => blend * p.projection + (1 - blend) * (draw?.[i] ?? p.projection));
}
