/**
 * The inline projection edit use-case: a user changes one player's mean (and maybe sd) in a projection set.
 * Editing the user's own edit set changes it in place; editing any other set (a simulation's, an upload) first
 * copies it, rows and draws, into a new set owned by the user ("<name> · edited"), so the source stays as it was
 * and the optimizer, sim-draw mode and contest simulations can use the edited numbers like any other set.
 *
 * The player's distribution keeps its shape: with only the mean given it is scaled (x · new/old, so a zero stays a
 * zero: a player who does not play still scores nothing); with an sd it is moved and stretched
 * (new + (x − old) · newSd/oldSd). Quantiles, floor, ceiling and the draws follow the same map; boom/bust are
 * recounted from the draws, or dropped when the set has none (they would describe the old mean).
 */
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';
import { loadRowDraws } from '../../sim/index.js';
import type { PublicUser } from '../auth/users.js';
import {
  copyIntoEditSet, EDIT_SOURCE, findPersonRows, findProjection, findVisibleSet, saveProjection, writeRowDraws,
  type ProjectionValues,
} from '../data/projection-edit-queries.js';

export const projectionEditSchema = z.strictObject({
  /** Mean fantasy points. */
  mean: z.number().min(0).max(300),
  /** Standard deviation; omitted keeps the distribution's shape (scaled with the mean). */
  sd: z.number().min(0).max(200).optional(),
});
export type ProjectionEdit = z.infer<typeof projectionEditSchema>;

export interface EditProjectionResult {
  /** The set holding the edit: a new one when `created`. */
  projectionSetId: number;
  created: boolean;
  /** The edited slate rows (both rows of a showdown player). */
  slatePlayerIds: number[];
  mean: number;
  sd: number | null;
}

/** x → x' for a distribution moved from (oldMean, oldSd) to (mean, sd?). */
export function rescaleMap(oldMean: number, oldSd: number | null, mean: number, sd: number | undefined): (x: number) => number {
  if (sd !== undefined && oldSd !== null && oldSd > 0) return (x) => mean + (x - oldMean) * (sd / oldSd);
  if (sd === undefined && oldMean > 0) return (x) => x * (mean / oldMean);
  // No spread to stretch (or nothing to scale from): a shift only.
  return (x) => x + (mean - oldMean);
}

const mapOrNull = (f: (x: number) => number, v: number | null): number | null => (v === null ? null : f(v));

export async function editProjection(ctx: { db: Db; user: PublicUser }, setId: number, slatePlayerId: number, edit: ProjectionEdit): Promise<EditProjectionResult> {
  const { db, user } = ctx;
  const base = await findVisibleSet(db, user, setId);
  if (!base) throw notFound(`projection set ${setId}`);
  const rows = await findPersonRows(db, base.slateId, slatePlayerId);
  if (!rows) throw notFound(`slate player ${slatePlayerId} on the slate of projection set ${setId}`);
  const inPlace = base.userId === user.id && base.source === EDIT_SOURCE;
  const targetId = inPlace ? base.id : await copyIntoEditSet(db, base, user.id, `${base.name.slice(0, 180)} · edited`);

  for (const row of rows) {
    const old = await findProjection(db, targetId, row.id);
    // A player the set leaves out gets the mean (and sd) alone: there is no shape to keep.
    const f = old ? rescaleMap(old.mean, old.sd, edit.mean, edit.sd) : (x: number) => x;
    const values: ProjectionValues = old
      ? {
          mean: edit.mean, median: mapOrNull(f, old.median),
          sd: edit.sd ?? (old.sd === null ? null : old.mean > 0 ? old.sd * (edit.mean / old.mean) : old.sd),
          floor: mapOrNull(f, old.floor), ceiling: mapOrNull(f, old.ceiling), p10: mapOrNull(f, old.p10), p25: mapOrNull(f, old.p25),
          p75: mapOrNull(f, old.p75), p90: mapOrNull(f, old.p90), p99: mapOrNull(f, old.p99), boomProb: null, boom4xProb: null, bustProb: null,
        }
      : { mean: edit.mean, median: null, sd: edit.sd ?? null, floor: null, ceiling: null, p10: null, p25: null, p75: null, p90: null, p99: null, boomProb: null, boom4xProb: null, bustProb: null };
    const draws = base.drawCount && old ? await loadRowDraws(db, targetId, row.rowIndex) : null;
    if (draws) {
      for (let i = 0; i < draws.length; i++) draws[i] = f(draws[i]!);
      await writeRowDraws(db, targetId, row.rowIndex, draws);
      Object.assign(values, valueOdds(draws, row.salary));
    }
    await saveProjection(db, targetId, row.id, values);
  }
  const sd = (await findProjection(db, targetId, slatePlayerId))?.sd ?? null;
  return { projectionSetId: targetId, created: !inPlace, slatePlayerIds: rows.map((r) => r.id), mean: edit.mean, sd };
}

/** Boom (5x and 4x salary/1000) and bust (under 2x) shares of a row's draws, as the simulation counts them. */
function valueOdds(draws: Float32Array, salary: number): { boomProb: number; boom4xProb: number; bustProb: number } {
  if (salary <= 0) return { boomProb: 0, boom4xProb: 0, bustProb: 0 };
  const k = salary / 1000;
  let boom = 0;
  let boom4 = 0;
  let bust = 0;
  for (const x of draws) {
    if (x >= 5 * k) boom++;
    if (x >= 4 * k) boom4++;
    if (x < 2 * k) bust++;
  }
  const n = draws.length || 1;
  return { boomProb: boom / n, boom4xProb: boom4 / n, bustProb: bust / n };
}
