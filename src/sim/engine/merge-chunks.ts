/** One chunk of a run: player-major draws for sims [simStart, simEnd). */
export interface DrawChunk {
  simStart: number;
  simEnd: number;
  draws: Float32Array;
}

/**
 * Reassembles player-major chunks into the player-major matrix of the whole run. Chunks may arrive in any
 * order but must tile [0, sims) exactly; a gap or an overlap is a bug upstream, so it throws.
 */
export function mergeChunks(chunks: readonly DrawChunk[], playerCount: number, sims: number): Float32Array {
  const ordered = [...chunks].sort((a, b) => a.simStart - b.simStart);
  let expected = 0;
  for (const c of ordered) {
    if (c.simStart !== expected) throw new Error(`draw chunks do not tile the run: expected a chunk starting at sim ${expected}, got ${c.simStart}`);
    if (c.draws.length !== playerCount * (c.simEnd - c.simStart)) throw new Error(`draw chunk ${c.simStart}-${c.simEnd} has ${c.draws.length} values, expected ${playerCount * (c.simEnd - c.simStart)}`);
    expected = c.simEnd;
  }
  if (expected !== sims) throw new Error(`draw chunks cover ${expected} of ${sims} sims`);
  const out = new Float32Array(playerCount * sims);
  for (const c of ordered) {
    const count = c.simEnd - c.simStart;
    for (let p = 0; p < playerCount; p++) out.set(c.draws.subarray(p * count, (p + 1) * count), p * sims + c.simStart);
  }
  return out;
}

/** Chunk boundaries for `sims` sims in chunks of at most `chunkSize` (the last one may be shorter). */
export function planChunks(sims: number, chunkSize: number): { index: number; simStart: number; simEnd: number }[] {
  const out: { index: number; simStart: number; simEnd: number }[] = [];
  for (let start = 0, index = 0; start < sims; start += chunkSize, index++) out.push({ index, simStart: start, simEnd: Math.min(start + chunkSize, sims) });
  return out;
}
