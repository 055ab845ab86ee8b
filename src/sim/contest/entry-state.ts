import type { Xoshiro128 } from '../rng/xoshiro128.js';
import type { ContestRow } from './contest-types.js';

/** One lineup being built: its slots, salary, team counts and the people already in it. */
export class EntryState {
  readonly slots: Int32Array;
  readonly teamCounts: Int32Array;
  /** usedStamp[sim] === stamp marks a person already in the lineup (no clearing between attempts). */
  private readonly usedStamp: Int32Array;
  private stamp = 0;
  readonly candidates: Int32Array;
  readonly candidateWeights: Float64Array;
  salary = 0;

  constructor(slotCount: number, rowCount: number, teamCount: number, simCount: number) {
    this.usedStamp = new Int32Array(simCount);
    this.slots = new Int32Array(slotCount);
    this.teamCounts = new Int32Array(teamCount);
    this.candidates = new Int32Array(rowCount);
    this.candidateWeights = new Float64Array(rowCount);
  }

  reset(): void {
    this.slots.fill(-1);
    this.teamCounts.fill(0);
    this.stamp++;
    this.salary = 0;
  }

  isUsed(sim: number): boolean {
    return this.usedStamp[sim] === this.stamp;
  }

  take(k: number, r: number, rows: readonly ContestRow[], teamOf: Int32Array, teamCapped: Uint8Array): void {
    this.slots[k] = r;
    this.usedStamp[rows[r]!.simIndex] = this.stamp;
    this.salary += rows[r]!.salary;
    if (teamCapped[r]) this.teamCounts[teamOf[r]!]! += 1;
  }
}

/** Weighted draw among the first n candidates (weights sum to total). */
export function drawWeighted(cand: Int32Array, w: Float64Array, n: number, total: number, rng: Xoshiro128): number {
  let x = rng.nextFloat() * total;
  for (let i = 0; i < n; i++) {
    x -= w[i]!;
    if (x < 0) return cand[i]!;
  }
  return cand[n - 1]!;
}
