import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { bytesToFloat32, float32ToBytes } from '../data/codec.js';
import { createRun, loadChunks, storeChunk } from '../data/run-store.js';
import { mergeChunks, planChunks } from '../engine/merge-chunks.js';
import { prepareModel, type SimModel } from '../engine/prepare-model.js';
import { sampleDraws } from '../engine/sample-draws.js';
import { buildRunInputs, ProjectionRunParamsSchema, type ProjectionRunParams } from './build-run-inputs.js';
import type { CorrelationOverrides } from '../correlation/correlation-overrides.js';

/** What starts a projections run. */
export interface ProjectionRunRequest {
  slateId: number;
  sims: number;
  seed?: number;
  baselineSetId?: number | null;
  chunkSize?: number;
  userId?: number | null;
  jobId?: string | null;
  /** Correlation targets over the sport's defaults (keys as in default-correlations.ts). */
  correlations?: CorrelationOverrides;
}

/** Default sims per chunk job: ~0.5 s of sampling for a 500-player slate, small enough to lose little when killed. */
export const DEFAULT_CHUNK_SIMS = 2_500;

/** A new random seed (stored with the run so it can be repeated). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}

/** Creates the run with frozen inputs; returns it and its chunk plan. */
export async function planProjectionRun(db: Db, request: ProjectionRunRequest): Promise<{ runId: number; seed: number; chunks: { index: number; simStart: number; simEnd: number }[] }> {
  const chunkSize = request.chunkSize ?? DEFAULT_CHUNK_SIMS;
  const params = {
    ...(await buildRunInputs(db, request.slateId, { baselineSetId: request.baselineSetId ?? null, chunkSize })),
    jobId: request.jobId ?? null, correlations: request.correlations ?? {},
  };
  const seed = request.seed ?? randomSeed();
  const chunks = planChunks(request.sims, chunkSize);
  const runId = await createRun(db, {
    kind: 'projections',
    slateId: request.slateId,
    userId: request.userId ?? null,
    seed,
    sims: request.sims,
    chunkCount: chunks.length,
    params: params as unknown as Prisma.InputJsonValue,
  });
  return { runId, seed, chunks };
}

/** The run's frozen parameters and its model (rebuilt deterministically in whichever worker asks). */
export async function loadProjectionRun(db: Db, runId: number): Promise<{ params: ProjectionRunParams; model: SimModel; seed: number; sims: number; slateId: number; userId: number | null }> {
  const run = await db.simulationRun.findUnique({ where: { id: runId } });
  if (!run) throw new Error(`simulation run ${runId} does not exist`);
  if (run.kind !== 'projections') throw new Error(`simulation run ${runId} is a ${run.kind} run`);
  const params = ProjectionRunParamsSchema.parse(run.params);
  const model = prepareModel(params.players, { sport: params.sport, boosts: params.boosts, correlations: params.correlations });
  return { params, model, seed: Number(run.seed), sims: run.sims, slateId: run.slateId, userId: run.userId };
}

/** Samples one chunk and stores it (idempotent); returns how many chunks are stored now. */
export async function computeProjectionChunk(db: Db, runId: number, chunkIndex: number, loaded?: Awaited<ReturnType<typeof loadProjectionRun>>): Promise<{ done: number; total: number }> {
  const run = loaded ?? (await loadProjectionRun(db, runId));
  const chunk = planChunks(run.sims, run.params.chunkSize)[chunkIndex];
  if (!chunk) throw new Error(`simulation run ${runId} has no chunk ${chunkIndex}`);
  const draws = sampleDraws(run.model, run.seed, chunk);
  const done = await storeChunk(db, runId, chunkIndex, float32ToBytes(draws));
  return { done, total: Math.ceil(run.sims / run.params.chunkSize) };
}

/** Player-major draws of the whole run from its stored chunks. */
export async function loadRunDraws(db: Db, runId: number, playerCount: number, sims: number, chunkSize: number): Promise<Float32Array> {
  const stored = await loadChunks(db, runId);
  const plan = planChunks(sims, chunkSize);
  const chunks = stored.map((c) => {
    const range = plan[c.chunkIndex];
    if (!range) throw new Error(`simulation run ${runId} has a stray chunk ${c.chunkIndex}`);
    return { simStart: range.simStart, simEnd: range.simEnd, draws: bytesToFloat32(c.payload) };
  });
  return mergeChunks(chunks, playerCount, sims);
}
