import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';

/**
 * Creates a SimulationRun row in 'running' state, with `chunks` its chunks need before any of them runs (a
 * contest's prepared field) written in the same statement: a run never exists without them, so a crash
 * between the two cannot leave a run whose chunks all fail.
 */
export async function createRun(
  db: Db,
  data: {
    kind: 'projections' | 'contest';
    slateId: number;
    userId?: number | null;
    seed: number;
    sims: number;
    chunkCount: number;
    params: Prisma.InputJsonValue;
    chunks?: { chunkIndex: number; payload: Uint8Array }[];
  },
): Promise<number> {
  const chunks = (data.chunks ?? []).map((c) => ({ chunkIndex: c.chunkIndex, payload: Uint8Array.from(c.payload) }));
  const run = await db.simulationRun.create({
    data: {
      kind: data.kind,
      slateId: data.slateId,
      userId: data.userId ?? null,
      status: 'running',
      seed: BigInt(data.seed),
      sims: data.sims,
      chunkCount: data.chunkCount,
      params: data.params,
      startedAt: new Date(),
      ...(chunks.length > 0 ? { chunks: { create: chunks } } : {}),
    },
    select: { id: true },
  });
  return run.id;
}

/**
 * Stores one chunk's output. Keyed by (run, chunk index): a chunk that runs again (a killed worker, a retry)
 * overwrites its own row, so progress can never double count. Progress = stored chunks (index >= 0).
 */
export async function storeChunk(db: Db, runId: number, chunkIndex: number, payload: Uint8Array): Promise<number> {
  const bytes = new Uint8Array(payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.byteLength) as ArrayBuffer);
  await db.simulationChunk.upsert({
    where: { runId_chunkIndex: { runId, chunkIndex } },
    create: { runId, chunkIndex, payload: bytes },
    update: { payload: bytes, completedAt: new Date() },
  });
  const done = await db.simulationChunk.count({ where: { runId, chunkIndex: { gte: 0 } } });
  await db.simulationRun.update({ where: { id: runId }, data: { chunksDone: done } });
  return done;
}

/** Chunks of a run with index >= 0, in index order. */
export async function loadChunks(db: Db, runId: number): Promise<{ chunkIndex: number; payload: Uint8Array }[]> {
  return db.simulationChunk.findMany({ where: { runId, chunkIndex: { gte: 0 } }, orderBy: { chunkIndex: 'asc' }, select: { chunkIndex: true, payload: true } });
}

/** A stored chunk's payload or null (index -1 holds a contest's prepared field). */
export async function loadChunk(db: Db, runId: number, chunkIndex: number): Promise<Uint8Array | null> {
  const row = await db.simulationChunk.findUnique({ where: { runId_chunkIndex: { runId, chunkIndex } }, select: { payload: true } });
  return row?.payload ?? null;
}

/** Marks a run done with its result summary. */
export async function completeRun(db: Db, runId: number, result: Prisma.InputJsonValue): Promise<void> {
  await db.simulationRun.update({ where: { id: runId }, data: { status: 'done', result, finishedAt: new Date(), error: null } });
}

/** Marks a run failed with a one-line reason. */
export async function failRun(db: Db, runId: number, error: string): Promise<void> {
  await db.simulationRun.update({ where: { id: runId }, data: { status: 'failed', error, finishedAt: new Date() } });
}

/** Simulation sets per slate that keep their draws; older ones keep their stats but drop the bytes. */
export const KEEP_DRAWS_PER_SLATE = 3;

/**
 * Space after a reduce: the run's chunk payloads are no longer needed (the results are stored), and the
 * automatic re-runs would otherwise pile up ~20 MB of draws per run. Runs only after the run is marked done,
 * so a crash in between leaves extra rows, never a run that cannot finish.
 */
export async function releaseRunStorage(db: Db, runId: number, slateId: number): Promise<void> {
  await db.simulationChunk.deleteMany({ where: { runId } });
  const old = await db.projectionSet.findMany({
    where: { slateId, source: 'simulation', drawCount: { not: null } },
    orderBy: { id: 'desc' },
    skip: KEEP_DRAWS_PER_SLATE,
    select: { id: true },
  });
  if (old.length === 0) return;
  const ids = old.map((o) => o.id);
  // drawCount first: a reader never sees a count whose blocks are gone.
  await db.projectionSet.updateMany({ where: { id: { in: ids } }, data: { drawCount: null } });
  await db.projectionDrawBlock.deleteMany({ where: { projectionSetId: { in: ids } } });
}
