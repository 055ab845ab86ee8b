/**
 * Read-only: one slate row's simulated draws from a projection set. The sim module stores float32 draws, one
 * series of `drawCount` per slate row in ascending slatePlayerId order (see src/sim/index.ts); a set whose
 * byte length does not match the slate's rows (players added after the run) yields null rather than the wrong
 * player's numbers.
 */
import type { Db } from '../../core/db.js';
import { countDrawRows, findSetDrawShape, loadRowDraws } from '../../sim/index.js';
import { loadSlateRowIds } from '../../slates/index.js';

export async function loadPlayerDraws(db: Db, projectionSetId: number, slatePlayerId: number): Promise<Float32Array | null> {
  const set = await findSetDrawShape(db, projectionSetId);
  if (!set?.drawCount) return null;
  const rows = await loadSlateRowIds(db, set.slateId);
  if ((await countDrawRows(db, projectionSetId)) !== rows.length) return null;
  const index = rows.indexOf(slatePlayerId);
  if (index < 0) return null;
  return loadRowDraws(db, projectionSetId, index);
}
