/**
 * A slate's lineup sets of the user, newest first: the API's listLineupSets plus what the list on the page adds,
 * how many lineups of each set need a swap (a player ruled out since it was built) and the projection set's name.
 */
import type { Db } from '../../core/db.js';
import { listLineupSets as apiListLineupSets, type PublicUser } from '../../api/index.js';
import { findLineupSetExtras } from '../../optimizer/index.js';
import { findProjectionSetNames } from '../../sim/index.js';

type ApiSet = Awaited<ReturnType<typeof apiListLineupSets>>['items'][number];
export type LineupSetSummary = ApiSet & { needsSwap: number; projectionSetName: string | null; name: string | null };

export async function listLineupSets(db: Db, slateId: number, user: PublicUser, limit = 30): Promise<LineupSetSummary[]> {
  const { items } = await apiListLineupSets(db, user, { slateId }, { limit, offset: 0 });
  if (!items.length) return [];
  const setIds = [...new Set(items.map((s) => s.projectionSetId).filter((id): id is number => id !== null))];
  const [extras, nameBy] = await Promise.all([findLineupSetExtras(db, items.map((s) => s.id)), findProjectionSetNames(db, setIds)]);
  return items.map((s) => ({
    ...s, needsSwap: extras.get(s.id)?.needsSwap ?? 0, name: extras.get(s.id)?.name ?? null,
    projectionSetName: s.projectionSetId === null ? null : nameBy.get(s.projectionSetId) ?? null,
  }));
}
