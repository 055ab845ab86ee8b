/**
 * A slate's lineup sets of the user, newest first: the API's listLineupSets plus what the list on the page adds,
 * how many lineups of each set need a swap (a player ruled out since it was built) and the projection set's name.
 */
import type { Db } from '../../core/db.js';
import { listLineupSets as apiListLineupSets, type PublicUser } from '../../api/index.js';

type ApiSet = Awaited<ReturnType<typeof apiListLineupSets>>['items'][number];
export type LineupSetSummary = ApiSet & { needsSwap: number; projectionSetName: string | null; name: string | null };

export async function listLineupSets(db: Db, slateId: number, user: PublicUser, limit = 30): Promise<LineupSetSummary[]> {
  const { items } = await apiListLineupSets(db, user, { slateId }, { limit, offset: 0 });
  if (!items.length) return [];
  const setIds = [...new Set(items.map((s) => s.projectionSetId).filter((id): id is number => id !== null))];
  const [swaps, names, setNames] = await Promise.all([
    db.lineup.groupBy({ by: ['lineupSetId'], where: { lineupSetId: { in: items.map((s) => s.id) }, needsSwap: true }, _count: { _all: true } }),
    db.projectionSet.findMany({ where: { id: { in: setIds } }, select: { id: true, name: true } }),
    db.lineupSet.findMany({ where: { id: { in: items.map((s) => s.id) } }, select: { id: true, name: true } }),
  ]);
  const setNameBy = new Map(setNames.map((n) => [n.id, n.name]));
  const swapBy = new Map(swaps.map((s) => [s.lineupSetId, s._count._all]));
  const nameBy = new Map(names.map((n) => [n.id, n.name]));
  return items.map((s) => ({ ...s, needsSwap: swapBy.get(s.id) ?? 0, name: setNameBy.get(s.id) ?? null, projectionSetName: s.projectionSetId === null ? null : nameBy.get(s.projectionSetId) ?? null }));
}
