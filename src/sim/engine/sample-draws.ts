import { TABLE_INTERVALS, TABLE_STRIDE, Z_MAX, Z_STEP } from '../dist/quantile-table.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { nextNormal } from '../rng/ziggurat.js';
import type { SimModel } from './prepare-model.js';

/** A range of simulations [simStart, simEnd). */
export interface SimRange {
  simStart: number;
  simEnd: number;
}

/**
 * Samples simulations [simStart, simEnd) of `model` into a player-major Float32Array
 * (`out[player * count + (sim - simStart)]`). Simulation `s` always uses RNG stream `s` of `seed`, so any
 * split of a run into ranges yields exactly the draws of the whole run.
 * With `latent`, writes the copula's correlated normals instead of points (tests and diagnostics). With `sat`
 * (same layout and length as the draws), marks with 1 each draw where the player sits: the backtest grades the
 * players who played against the draws where they play.
 */
export function sampleDraws(model: SimModel, seed: number, range: SimRange, options: { latent?: boolean; sat?: Uint8Array } = {}): Float32Array {
  const { simStart, simEnd } = range;
  const count = simEnd - simStart;
  const out = new Float32Array(model.playerCount * count);
  const tables = model.tables;
  const z = new Float64Array(model.maxBlock);
  const invStep = 1 / Z_STEP;
  const latent = options.latent === true;
  const sat = options.sat;
  const uncertain: number[] = [];
  for (let p = 0; p < model.playerCount; p++) if (model.playProbability[p]! < 1) uncertain.push(p);
  const uncertainIdx = Int32Array.from(uncertain);
  const rng = new Xoshiro128(seed, 0);
  const sitting = new Uint8Array(model.playerCount);
  const boostCount = model.boostFrom.length;

  for (let s = simStart; s < simEnd; s++) {
    rng.reseed(seed, s);
    const col = s - simStart;
    for (const block of model.blocks) {
      const members = block.players;
      const lower = block.lower;
      const k = members.length;
      for (let i = 0; i < k; i++) z[i] = nextNormal(rng);
      for (let i = 0; i < k; i++) {
        const row = i * k;
        let acc = 0;
        for (let j = 0; j <= i; j++) acc += lower[row + j]! * z[j]!;
        const p = members[i]!;
        if (latent) {
          out[p * count + col] = acc;
          continue;
        }
        let t = (acc + Z_MAX) * invStep;
        if (t < 0) t = 0;
        else if (t > TABLE_INTERVALS) t = TABLE_INTERVALS;
        let cell = t | 0;
        if (cell === TABLE_INTERVALS) cell = TABLE_INTERVALS - 1;
        const frac = t - cell;
        const base = p * TABLE_STRIDE + cell;
        const lo = tables[base]!;
        out[p * count + col] = lo + frac * (tables[base + 1]! - lo);
      }
    }
    // Drawn after the normals so that play/no-play never shifts the normal stream of the same sim.
    for (let u = 0; u < uncertainIdx.length; u++) {
      const p = uncertainIdx[u]!;
      const sits = rng.nextFloat() >= model.playProbability[p]!;
      sitting[p] = sits ? 1 : 0;
      if (sat) sat[p * count + col] = sitting[p]!;
      if (sits && !latent) out[p * count + col] = 0;
    }
    // Teammates absorb a sitting player's share; after all sit decisions, so a sitting recipient stays at 0.
    if (!latent) {
      for (let b = 0; b < boostCount; b++) {
        const factor = sitting[model.boostFrom[b]!] === 1 ? model.boostFactor[b]! : model.boostPlaysFactor[b]!;
        if (factor !== 0) {
          const at = model.boostTo[b]! * count + col;
          out[at] = out[at]! * (1 + factor);
        }
      }
    }
  }
  return out;
}
