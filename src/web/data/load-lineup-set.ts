/**
 * One lineup set of the user with its lineups, through the API's queries (loadLineupSet, loadLineups: another
 * user's set is a 404), checked to belong to the slate in the URL.
 */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { loadLineups, loadLineupSet as apiLoadLineupSet, type PublicUser } from '../../api/index.js';

type ApiSet = Awaited<ReturnType<typeof apiLoadLineupSet>>['lineupSet'];
export type LineupView = Awaited<ReturnType<typeof loadLineups>>['lineups'][number];
export type LineupSetView = ApiSet & { lineups: LineupView[] };

export async function loadLineupSet(db: Db, slateId: number, lineupSetId: number, user: PublicUser): Promise<LineupSetView> {
  const { lineupSet } = await apiLoadLineupSet(db, user, lineupSetId);
  if (lineupSet.slateId !== slateId) throw new AppError('not_found', `lineup set ${lineupSetId} not found`);
  const { lineups } = await loadLineups(db, user, lineupSetId);
  return { ...lineupSet, lineups };
}
