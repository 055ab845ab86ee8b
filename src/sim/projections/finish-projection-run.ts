import type { Db } from '../../core/db.js';
import { type GameType, type Site } from '../../core/site-rules.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ContestRow } from '../contest/contest-types.js';
import { estimateOwnership } from '../contest/estimate-ownership.js';
import { simOptimalFrequency } from '../contest/sim-optimal-frequency.js';
import { rowsPerBlock, writeDrawBlock } from '../data/draw-blocks.js';
import { releaseRunStorage } from '../data/run-store.js';
import { cancelRun, isRunCancelled, removeCancelledOutput, RunCancelledError } from '../data/run-cancel.js';
import { summarizeDraws, type PlayerSummary } from '../engine/summarize-draws.js';
import type { ProjectionRunParams } from './build-run-inputs.js';
import { loadLeadingDraws, loadPersonSeries, loadProjectionRun } from './projection-run.js';
import { getSiteRules } from '../../sites/index.js';

/** One slate row's stored projection, as the CLI prints it. */
export interface RowProjection extends PlayerSummary {
  slatePlayerId: number;
  name: string;
  team: string;
  position: string;
  salary: number;
  ownership: number | null;
  /** Where the mean started (upload, history, prior, site-average, none). */
  baselineSource: string;
  /** Chance he plays, as simulated. */
  playProbability: number;
}

/** Sims of the sample the ownership estimate looks at (how often each row is in a sim's optimal lineup). */
const OWNERSHIP_SAMPLE_SIMS = 300;

/**
 * Reduces a finished run: per-player summaries, estimated ownership, and the projection set (stats per slate
 * row + all draws as float32 blocks, one series per row in slatePlayerId order). The set belongs to whoever
 * started the run (a user's run may rest on their private projections, correlations or seed); automatic runs
 * (no user) are shared.
 *
 * Bounded for big runs: the draws are read from the chunks a block of rows at a time (substring of each chunk)
 * and written as one ProjectionDrawBlock per block, each statement on its own (no long transaction). The set's
 * drawCount, its projections and the run's 'done' are written together in one short transaction at the end, so
 * nothing reads a half-written set as complete. Upserts on the run id and rewrites blocks by row: finishing twice
 * (a retry after a crash) writes the same set once.
 */
export async function finishProjectionRun(db: Db, runId: number, signal?: AbortSignal): Promise<{ projectionSetId: number; rows: RowProjection[] }> {
  const run = await loadProjectionRun(db, runId);
  const { params, sims } = run;
  const playerCount = params.players.length;
  const set = await db.projectionSet.upsert({
    where: { simulationRunId: runId },
    create: { slateId: run.slateId, userId: run.userId, name: `Simulation ${runId} (${sims} sims, seed ${run.seed})`, source: 'simulation', simulationRunId: runId, drawCount: null },
    update: { drawCount: null },
    select: { id: true },
  });
  await db.projectionDrawBlock.deleteMany({ where: { projectionSetId: set.id } });

  const summaries = new Map<number, PlayerSummary>();
  const perBlock = rowsPerBlock(sims);
  for (let rowStart = 0; rowStart < params.rows.length; rowStart += perBlock) {
    await stopIfCancelled(db, runId, signal);
    const blockRows = params.rows.slice(rowStart, rowStart + perBlock);
    const persons = [...new Set(blockRows.map((r) => r.person))];
    const series = await loadPersonSeries(db, runId, persons, playerCount, sims, params.chunkSize);
    for (const person of persons) {
      if (!summaries.has(person)) summaries.set(person, summarizeDraws(series.get(person)!, sims, [params.players[person]!.salary])[0]!);
    }
    const values = new Float32Array(blockRows.length * sims);
    blockRows.forEach((r, i) => values.set(series.get(r.person)!, i * sims));
    await writeDrawBlock(db, set.id, rowStart, blockRows.length, values);
  }
  const sample = await loadLeadingDraws(db, runId, playerCount, sims, params.chunkSize, Math.min(sims, OWNERSHIP_SAMPLE_SIMS));
  const ownership = estimateRowOwnership(params, sample.draws, sample.sims, Math.min(sims, OWNERSHIP_SAMPLE_SIMS));

  const rows: RowProjection[] = params.rows.map((r, i) => {
    const p = params.players[r.person]!;
    return {
      slatePlayerId: r.slatePlayerId, name: p.name, team: p.team, position: p.position, salary: p.salary, ownership: ownership?.[i] ?? null,
      baselineSource: params.baselineSources[r.person] ?? (params.baselineSetId !== null ? 'upload' : 'site-average'),
      playProbability: p.mean > 0 ? p.playProbability : 0,
      ...summaries.get(r.person)!,
    };
  });
  const result = {
    projectionSetId: set.id,
    players: playerCount,
    rows: rows.length,
    warnings: params.warnings,
    adjusted: Object.keys(params.notes).length,
  } as Prisma.InputJsonValue;
  await stopIfCancelled(db, runId, signal);
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
        baselineSource: r.baselineSource,
        playProbability: r.playProbability,
      })),
    }),
    db.projectionSet.update({ where: { id: set.id }, data: { drawCount: sims } }),
    db.simulationRun.update({ where: { id: runId, status: { in: ['queued', 'running', 'failed'] } }, data: { status: 'done', result, finishedAt: new Date(), error: null } }),
  ]);
  await releaseRunStorage(db, runId, run.slateId);
  return { projectionSetId: set.id, rows };
}

/** Between draw blocks: a cancelled run (or job) stops here, removing what it wrote. */
async function stopIfCancelled(db: Db, runId: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) await cancelRun(db, runId, 'cancelled: its reduce job was cancelled');
  if (signal?.aborted || (await isRunCancelled(db, runId))) {
    await removeCancelledOutput(db, runId);
    throw new RunCancelledError(runId);
  }
}

/** Field ownership estimate per slate row (value + how often sims pick the row); null for unknown rules. */
function estimateRowOwnership(params: ProjectionRunParams, draws: Float32Array, stride: number, sampleSims: number): Float64Array | null {
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
  const freq = simOptimalFrequency(rows, rules, sampleSims, (s, person) => draws[person * stride + s]!);
  return estimateOwnership(rows, rules, freq);
}
