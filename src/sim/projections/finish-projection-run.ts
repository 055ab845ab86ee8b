import type { Db } from '../../core/db.js';
import { getSiteRules, type GameType, type Site } from '../../core/site-rules.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ContestRow } from '../contest/contest-types.js';
import { estimateOwnership } from '../contest/estimate-ownership.js';
import { simOptimalFrequency } from '../contest/sim-optimal-frequency.js';
import { float32ToBytes } from '../data/codec.js';
import { completeRun, releaseRunStorage } from '../data/run-store.js';
import { summarizeDraws, type PlayerSummary } from '../engine/summarize-draws.js';
import type { ProjectionRunParams } from './build-run-inputs.js';
import { loadProjectionRun, loadRunDraws } from './projection-run.js';

/** One slate row's stored projection, as the CLI prints it. */
export interface RowProjection extends PlayerSummary {
  slatePlayerId: number;
  name: string;
  team: string;
  position: string;
  salary: number;
  ownership: number | null;
}

/**
 * Reduces a finished run: per-player summaries, estimated ownership, and the projection set (stats per slate
 * row + all draws as float32 bytes, one series per row in slatePlayerId order). Upserts on the run id, so
 * finishing twice writes the same set once.
 */
export async function finishProjectionRun(db: Db, runId: number): Promise<{ projectionSetId: number; rows: RowProjection[] }> {
  const run = await loadProjectionRun(db, runId);
  const { params, sims } = run;
  const draws = await loadRunDraws(db, runId, params.players.length, sims, params.chunkSize);
  const summaries = summarizeDraws(draws, sims, params.players.map((p) => p.salary));
  const ownership = estimateRowOwnership(params, draws, sims);
  const rowDraws = new Float32Array(params.rows.length * sims);
  params.rows.forEach((r, i) => rowDraws.set(draws.subarray(r.person * sims, (r.person + 1) * sims), i * sims));

  const rows: RowProjection[] = params.rows.map((r, i) => {
    const p = params.players[r.person]!;
    return { slatePlayerId: r.slatePlayerId, name: p.name, team: p.team, position: p.position, salary: p.salary, ownership: ownership?.[i] ?? null, ...summaries[r.person]! };
  });
  // Not an interactive transaction: writing megabytes of draws on a busy machine outlasts its 5 s limit. The
  // upsert is idempotent on the run id by itself; the rows are replaced in one batch transaction (no time limit).
  const bytes = Uint8Array.from(float32ToBytes(rowDraws));
  const set = await db.projectionSet.upsert({
    where: { simulationRunId: runId },
    create: { slateId: run.slateId, name: `Simulation ${runId} (${sims} sims, seed ${run.seed})`, source: 'simulation', simulationRunId: runId, draws: bytes, drawCount: sims },
    update: { draws: bytes, drawCount: sims },
  });
  await db.$transaction([
    db.projection.deleteMany({ where: { projectionSetId: set.id } }),
    db.projection.createMany({
      data: rows.map((r) => ({
        projectionSetId: set.id,
        slatePlayerId: r.slatePlayerId,
        mean: r.mean,
        median: r.median,
        sd: r.sd,
        floor: r.p10,
        ceiling: r.p90,
        p10: r.p10,
        p25: r.p25,
        p75: r.p75,
        p90: r.p90,
        p99: r.p99,
        boomProb: r.value5x,
        boom4xProb: r.value4x,
        bustProb: r.bust,
        ownership: r.ownership,
      })),
    }),
  ]);
  const projectionSetId = set.id;
  await completeRun(db, runId, {
    projectionSetId,
    players: params.players.length,
    rows: rows.length,
    warnings: params.warnings,
    adjusted: Object.keys(params.notes).length,
  } as Prisma.InputJsonValue);
  await releaseRunStorage(db, runId, run.slateId);
  return { projectionSetId, rows };
}

/** Field ownership estimate per slate row (value + how often sims pick the row); null for unknown rules. */
function estimateRowOwnership(params: ProjectionRunParams, draws: Float32Array, sims: number): Float64Array | null {
  let rules;
  try {
    rules = getSiteRules(params.site as Site, params.sport, params.gameType as GameType);
  } catch {
    return null;
  }
  const rows: ContestRow[] = params.rows.map((r) => {
    const p = params.players[r.person]!;
    return { simIndex: r.person, positions: r.positions, salary: r.salary, team: p.team, gameKey: p.gameKey, captainRow: r.captainRow, ownership: 0, mean: p.mean * p.playProbability };
  });
  const freq = simOptimalFrequency(rows, rules, Math.min(sims, 300), (s, person) => draws[person * sims + s]!);
  return estimateOwnership(rows, rules, freq);
}
