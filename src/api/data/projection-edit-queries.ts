/**
 * Data access of the projection edit use-case (projections/edit-projection.ts): finding the set and the person's
 * slate rows, copying a set (rows and draw blocks) into a user's edit set, and rewriting one row's draws in place.
 * Draw blocks are copied and rewritten inside PostgreSQL (INSERT … SELECT, substring/overlay), so an edit never
 * holds a big set's draws in memory: only the edited rows' series.
 */
import type { Db } from '../../core/db.js';
import type { PublicUser } from '../auth/users.js';
import { visibleTo } from './ownership.js';

export const EDIT_SOURCE = 'edit';

export async function findVisibleSet(db: Db, user: PublicUser, id: number) {
  return db.projectionSet.findFirst({ where: { id, ...visibleTo(user) }, select: { id: true, slateId: true, userId: true, name: true, source: true, drawCount: true } });
}

/**
 * The slate rows of the person behind `slatePlayerId` (a showdown's CPT and FLEX rows are one person), each with
 * its index among the slate's rows in ascending id: the row order of a set's draw blocks.
 */
export async function findPersonRows(db: Db, slateId: number, slatePlayerId: number): Promise<{ id: number; salary: number; name: string; rowIndex: number }[] | null> {
  const rows = await db.slatePlayer.findMany({ where: { slateId }, select: { id: true, playerId: true, salary: true, name: true }, orderBy: { id: 'asc' } });
  const edited = rows.find((r) => r.id === slatePlayerId);
  if (!edited) return null;
  return rows.flatMap((r, rowIndex) => (r.playerId === edited.playerId ? [{ id: r.id, salary: r.salary, name: r.name, rowIndex }] : []));
}

/** A new set owned by the user holding a copy of every projection and draw block of `baseId`. */
export async function copyIntoEditSet(db: Db, base: { id: number; slateId: number; name: string; drawCount: number | null }, userId: number, name: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const set = await tx.projectionSet.create({ data: { slateId: base.slateId, userId, name, source: EDIT_SOURCE, drawCount: base.drawCount }, select: { id: true } });
    await tx.$executeRaw`
      INSERT INTO "Projection" ("projectionSetId", "slatePlayerId", "mean", "median", "sd", "floor", "ceiling", "p10", "p25", "p75", "p90", "p99",
        "boomProb", "boom4xProb", "bustProb", "ownership", "minExposure", "maxExposure", "line", "baselineSource", "playProbability")
      SELECT ${set.id}, "slatePlayerId", "mean", "median", "sd", "floor", "ceiling", "p10", "p25", "p75", "p90", "p99",
        "boomProb", "boom4xProb", "bustProb", "ownership", "minExposure", "maxExposure", "line", "baselineSource", "playProbability"
      FROM "Projection" WHERE "projectionSetId" = ${base.id}`;
    if (base.drawCount) {
      await tx.$executeRaw`
        INSERT INTO "ProjectionDrawBlock" ("projectionSetId", "rowStart", "rowCount", "payload")
        SELECT ${set.id}, "rowStart", "rowCount", "payload" FROM "ProjectionDrawBlock" WHERE "projectionSetId" = ${base.id}`;
    }
    return set.id;
  });
}

/** Overwrites one row's draws inside its block. */
export async function writeRowDraws(db: Db, projectionSetId: number, rowIndex: number, values: Float32Array): Promise<void> {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  await db.$executeRaw`
    UPDATE "ProjectionDrawBlock"
    SET "payload" = overlay("payload" placing ${bytes} from (${rowIndex}::int - "rowStart") * ${bytes.byteLength}::int + 1 for ${bytes.byteLength}::int)
    WHERE "projectionSetId" = ${projectionSetId} AND "rowStart" <= ${rowIndex}::int AND ${rowIndex}::int < "rowStart" + "rowCount"`;
}

export async function findProjection(db: Db, projectionSetId: number, slatePlayerId: number) {
  return db.projection.findUnique({ where: { projectionSetId_slatePlayerId: { projectionSetId, slatePlayerId } } });
}

export type ProjectionValues = { mean: number; median: number | null; sd: number | null; floor: number | null; ceiling: number | null; p10: number | null; p25: number | null; p75: number | null; p90: number | null; p99: number | null; boomProb: number | null; boom4xProb: number | null; bustProb: number | null };

export async function saveProjection(db: Db, projectionSetId: number, slatePlayerId: number, values: ProjectionValues): Promise<void> {
  await db.projection.upsert({
    where: { projectionSetId_slatePlayerId: { projectionSetId, slatePlayerId } },
    create: { projectionSetId, slatePlayerId, ...values, baselineSource: 'user-edit' },
    update: { ...values, baselineSource: 'user-edit' },
  });
}
