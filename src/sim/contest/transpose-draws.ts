/**
 * Player-major draws (how projection sets store them: each player's sims contiguous) to sim-major for sims
 * [simStart, simEnd) (how contest scoring reads them: one sim's players contiguous, hot in cache).
 */
export function transposeToSimMajor(playerMajor: Float32Array, playerCount: number, sims: number, simStart: number, simEnd: number): Float32Array {
  const count = simEnd - simStart;
  const out = new Float32Array(count * playerCount);
  for (let p = 0; p < playerCount; p++) {
    const base = p * sims + simStart;
    for (let s = 0; s < count; s++) out[s * playerCount + p] = playerMajor[base + s]!;
  }
  return out;
}
