import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { bytesToFloat32, float32ToBytes } from '../data/codec.js';
import { createRun, storeChunk } from '../data/run-store.js';
import { mergeChunks, planChunks } from '../engine/merge-chunks.js';
import { prepareModel, type SimModel } from '../engine/prepare-model.js';
import { sampleDraws } from '../engine/sample-draws.js';
import { correlationTargets } from '../correlation/correlation-targets.js';
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
  params.correlationTargets = correlationTargets(params.sport, params.correlations);
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

/**
 * The full series (all sims, in sim order) of some persons, read from the stored chunks with substring(): only
 * those persons' slices leave the database, so a reduce holds a few persons' draws at a time, not the run's.
 */
export async function loadPersonSeries(db: Db, runId: number, persons: readonly number[], playerCount: number, sims: number, chunkSize: number): Promise<Map<number, Float32Array>> {
  const plan = planChunks(sims, chunkSize);
  const rows = await db.$queryRaw<{ chunkIndex: number; person: number; bytes: Uint8Array }[]>`
    SELECT c."chunkIndex", p.person::int AS "person",
      substring(c."payload" from p.person * (octet_length(c."payload") / ${playerCount}::int) + 1 for octet_length(c."payload") / ${playerCount}::int) AS "bytes"
    FROM "SimulationChunk" c CROSS JOIN unnest(${[...persons]}::int[]) AS p(person)
    WHERE c."runId" = ${runId} AND c."chunkIndex" >= 0`;
  const out = new Map<number, Float32Array>(persons.map((person) => [person, new Float32Array(sims)]));
  const filled = new Map<number, number>();
  for (const r of rows) {
    const range = plan[r.chunkIndex];
    if (!range) throw new Error(`simulation run ${runId} has a stray chunk ${r.chunkIndex}`);
    const values = bytesToFloat32(r.bytes);
    if (values.length !== range.simEnd - range.simStart) throw new Error(`simulation run ${runId} chunk ${r.chunkIndex} holds ${values.length} sims for a player, expected ${range.simEnd - range.simStart}`);
    out.get(r.person)!.set(values, range.simStart);
    filled.set(r.person, (filled.get(r.person) ?? 0) + values.length);
  }
  for (const person of persons) {
    if (filled.get(person) !== sims) throw new Error(`simulation run ${runId} has ${filled.get(person) ?? 0} of ${sims} sims stored for player ${person}`);
  }
  return out;
}

/** Player-major draws of the first `count` sims (whole chunks from the start), for estimates that need a sample. */
export async function loadLeadingDraws(db: Db, runId: number, playerCount: number, sims: number, chunkSize: number, count: number): Promise<{ draws: Float32Array; sims: number }> {
  const plan = planChunks(sims, chunkSize).filter((c) => c.simStart < count);
  const stored = await db.simulationChunk.findMany({ where: { runId, chunkIndex: { gte: 0, lt: plan.length } }, orderBy: { chunkIndex: 'asc' }, select: { chunkIndex: true, payload: true } });
  const covered = plan.at(-1)?.simEnd ?? 0;
  const chunks = stored.map((c) => ({ simStart: plan[c.chunkIndex]!.simStart, simEnd: plan[c.chunkIndex]!.simEnd, draws: bytesToFloat32(c.payload) }));
  return { draws: mergeChunks(chunks, playerCount, covered), sims: covered };
}
