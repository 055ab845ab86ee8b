/**
 * A simulated projection set's draws, stored as ProjectionDrawBlock rows of a few MB each: one series of
 * `drawCount` float32 sims per slate row (ascending SlatePlayer id), rows split into blocks. A 200,000-sim run of a
 * 563-row slate is 450 MB of draws; no single statement, string or buffer in the write path ever holds all of it.
 */
import type { Db } from '../../core/db.js';
import { bytesToFloat32 } from './codec.js';

/** Upper bound of one block's payload. */
export const DRAW_BLOCK_BYTES = 16 * 1024 * 1024;

/** Rows per block for `sims` draws per row (at least one row, however many sims). */
export function rowsPerBlock(sims: number): number {
  return Math.max(1, Math.floor(DRAW_BLOCK_BYTES / (sims * 4)));
}

/** Writes (or rewrites, on a retried reduce) the block starting at `rowStart`. */
export async function writeDrawBlock(db: Db, projectionSetId: number, rowStart: number, rowCount: number, values: Float32Array): Promise<void> {
  const payload = new Uint8Array(values.byteLength);
  payload.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  await db.projectionDrawBlock.upsert({
    where: { projectionSetId_rowStart: { projectionSetId, rowStart } },
    create: { projectionSetId, rowStart, rowCount, payload },
    update: { rowCount, payload },
  });
}

/**
 * Every row's draws of a set as one row-major byte array (rows x drawCount float32), or null when the set has no
 * complete draws. Read block by block so no query result is larger than a block.
 */
export async function loadSetDrawBytes(db: Db, projectionSetId: number): Promise<{ bytes: Uint8Array; drawCount: number } | null> {
  const set = await db.projectionSet.findUnique({ where: { id: projectionSetId }, select: { drawCount: true } });
  if (!set?.drawCount) return null;
  const blocks = await db.projectionDrawBlock.findMany({ where: { projectionSetId }, select: { rowStart: true, rowCount: true }, orderBy: { rowStart: 'asc' } });
  if (blocks.length === 0) return null;
  const rowBytes = set.drawCount * 4;
  let expected = 0;
  for (const b of blocks) {
    if (b.rowStart !== expected) throw new Error(`projection set ${projectionSetId} has a gap in its draws at row ${expected}`);
    expected += b.rowCount;
  }
  const bytes = new Uint8Array(expected * rowBytes);
  for (const b of blocks) {
    const row = await db.projectionDrawBlock.findUniqueOrThrow({ where: { projectionSetId_rowStart: { projectionSetId, rowStart: b.rowStart } }, select: { payload: true } });
    if (row.payload.byteLength !== b.rowCount * rowBytes) throw new Error(`projection set ${projectionSetId}: draw block at row ${b.rowStart} has ${row.payload.byteLength} bytes, expected ${b.rowCount * rowBytes}`);
    bytes.set(row.payload, b.rowStart * rowBytes);
  }
  return { bytes, drawCount: set.drawCount };
}

/** One row's draws (the block's slice only is read), or null when the set has none for that row. */
export async function loadRowDraws(db: Db, projectionSetId: number, rowIndex: number): Promise<Float32Array | null> {
  const set = await db.projectionSet.findUnique({ where: { id: projectionSetId }, select: { drawCount: true } });
  if (!set?.drawCount) return null;
  const rowBytes = set.drawCount * 4;
  const rows = await db.$queryRaw<{ bytes: Uint8Array }[]>`
    SELECT substring("payload" from (${rowIndex}::int - "rowStart") * ${rowBytes}::int + 1 for ${rowBytes}::int) AS "bytes"
    FROM "ProjectionDrawBlock"
    WHERE "projectionSetId" = ${projectionSetId} AND "rowStart" <= ${rowIndex}::int AND ${rowIndex}::int < "rowStart" + "rowCount"`;
  const bytes = rows[0]?.bytes;
  if (!bytes || bytes.byteLength !== rowBytes) return null;
  return bytesToFloat32(bytes);
}

/** Total rows covered by a set's blocks (0 when it has none). */
export async function countDrawRows(db: Db, projectionSetId: number): Promise<number> {
  const agg = await db.projectionDrawBlock.aggregate({ where: { projectionSetId }, _sum: { rowCount: true } });
  return agg._sum.rowCount ?? 0;
}
