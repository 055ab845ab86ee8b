import { availableParallelism } from 'node:os';
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { ContestRunRequestSchema, type ContestRunRequest } from './request-schema.js';
import { buildContestPlan, type ContestParams, type StoredPrepared } from './build-contest-plan.js';
import { concatPartials, reduceContest, type LineupContestResult } from '../contest/reduce-contest.js';
import type { ContestPartial } from '../contest/score-contest.js';
import { scoreContestParallel } from '../workers/run-contest-workers.js';
import { transposeToSimMajor } from '../contest/transpose-draws.js';
import { summarizeField, type FieldSummary } from '../contest/summarize-field.js';
import { bytesToFloat32, decodeJson, encodeJson } from '../data/codec.js';
import { loadSetDrawBytes } from '../data/draw-blocks.js';
import { completeRun, createRun, loadChunk, loadChunks, storeChunk } from '../data/run-store.js';
import { planChunks } from '../engine/merge-chunks.js';
import { randomSeed } from '../projections/projection-run.js';

const PREPARED_CHUNK = -1;

/**
 * Plans a contest run: builds the field (deterministic for the seed), then creates the run with the field
 * stored as chunk -1 in the same write, and returns the scoring chunk plan.
 */
export async function planContestRun(db: Db, input: ContestRunRequest, jobId: string | null = null): Promise<{ runId: number; chunks: { index: number; simStart: number; simEnd: number }[] }> {
  const request = ContestRunRequestSchema.parse(input);
  const seed = request.seed ?? randomSeed();
  const plan = await buildContestPlan(db, request, seed);
  const params: ContestParams = { ...plan.params, jobId };
  const runId = await createRun(db, {
    kind: 'contest',
    slateId: plan.slateId,
    userId: request.userId ?? null,
    seed,
    sims: plan.sims,
    chunkCount: plan.chunks.length,
    params: params as unknown as Prisma.InputJsonValue,
    chunks: [{ chunkIndex: PREPARED_CHUNK, payload: encodeJson(plan.prepared) }],
  });
  return { runId, chunks: plan.chunks };
}

/**
 * Rebuilds a running run's field when it is missing: runs planned before the field was written with the
 * run could lose it in a crash between the two writes, and their retried planning job must not send chunks
 * that can only fail. Same request and the run's own seed → the same field.
 */
export async function ensureContestField(db: Db, runId: number, input: ContestRunRequest): Promise<boolean> {
  const run = await db.simulationRun.findUniqueOrThrow({ where: { id: runId }, select: { status: true, seed: true } });
  // Only whether the field is there: the field itself can be megabytes.
  const stored = await db.simulationChunk.count({ where: { runId, chunkIndex: PREPARED_CHUNK } });
  if (run.status !== 'running' || stored > 0) return false;
  const plan = await buildContestPlan(db, ContestRunRequestSchema.parse(input), Number(run.seed));
  const payload = Uint8Array.from(encodeJson(plan.prepared));
  await db.simulationChunk.upsert({
    where: { runId_chunkIndex: { runId, chunkIndex: PREPARED_CHUNK } },
    create: { runId, chunkIndex: PREPARED_CHUNK, payload },
    update: {},
  });
  return true;
}

/** Scores one chunk of sims against the stored field and stores the partial (idempotent). */
export async function computeContestChunk(db: Db, runId: number, chunkIndex: number): Promise<{ done: number; total: number }> {
  const { run, params, prepared, draws } = await loadContestRun(db, runId);
  const chunk = planChunks(run.sims, params.chunkSize)[chunkIndex];
  if (!chunk) throw new Error(`simulation run ${runId} has no chunk ${chunkIndex}`);
  const simMajor = transposeToSimMajor(draws, params.playerCount, run.sims, chunk.simStart, chunk.simEnd);
  // Both cores on one chunk: the job's own thread only waits, so a process that also serves HTTP stays responsive.
  const tasks = await scoreContestParallel(prepared.scoring, simMajor, params.playerCount, chunk, Math.min(2, availableParallelism()), 500);
  const partial = concatPartials(tasks);
  const done = await storeChunk(db, runId, chunkIndex, encodeJson(partial));
  return { done, total: run.chunkCount };
}

/** Reduces the partials into per-lineup results and marks the run done. */
export async function finishContestRun(db: Db, runId: number): Promise<{ lineups: (LineupContestResult & { lineupId: number | null; index: number })[]; field: FieldSummary }> {
  const run = await db.simulationRun.findUniqueOrThrow({ where: { id: runId } });
  const params = run.params as unknown as ContestParams;
  const preparedBytes = await loadChunk(db, runId, PREPARED_CHUNK);
  if (!preparedBytes) throw new Error(`simulation run ${runId} has no prepared field`);
  const prepared = decodeJson<StoredPrepared>(preparedBytes);
  const partials = (await loadChunks(db, runId)).map((c) => decodeJson<ContestPartial>(c.payload));
  const results = reduceContest(partials, run.sims, params.entryFee, prepared.duplicates);
  // top1Rate / avgFinish: the names of the contest contract (issue 14), beside the older topRate / averageFinish.
  const lineups = results.map((r, index) => ({ index, lineupId: params.lineupIds[index] ?? null, ...r, top1Rate: r.topRate, avgFinish: r.averageFinish }));
  const summary = summarizeField(partials, { prizePool: params.prizePool ?? 0, entryFee: params.entryFee, entries: params.fieldSize, duplicateRate: prepared.fieldStats.duplicateRate ?? 0 });
  const field = { ...prepared.fieldStats, ...summary };
  const payout = { name: params.payoutName, source: params.payoutSource, fieldSize: params.fieldSize, entryFee: params.entryFee, prizePool: params.prizePool ?? null, warnings: params.warnings ?? [] };
  await completeRun(db, runId, { field, payout, lineups, ownership: prepared.ownership ?? [] } as unknown as Prisma.InputJsonValue);
  await db.simulationChunk.deleteMany({ where: { runId } });
  return { lineups, field: summary };
}

async function loadContestRun(db: Db, runId: number) {
  const run = await db.simulationRun.findUnique({ where: { id: runId } });
  if (!run) throw new Error(`simulation run ${runId} does not exist`);
  const params = run.params as unknown as ContestParams;
  const preparedBytes = await loadChunk(db, runId, PREPARED_CHUNK);
  if (!preparedBytes) throw new Error(`simulation run ${runId} has no prepared field`);
  const set = await loadSetDrawBytes(db, params.projectionSetId);
  if (!set) throw new Error(`projection set ${params.projectionSetId} lost its draws`);
  return { run, params, prepared: decodeJson<StoredPrepared>(preparedBytes), draws: bytesToFloat32(set.bytes) };
}
