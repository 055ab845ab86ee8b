/**
 * What the contest simulation form offers: the user's built lineup sets for the slate (a set still building has
 * no lineups to enter) and the projection sets that hold simulation draws (a contest run scores those draws).
 */
import type { Db } from '../../core/db.js';
import type { PublicUser } from '../../api/index.js';
import { findVisibleDrawSets } from '../../sim/index.js';
import { listLineupSets } from './list-lineup-sets.js';

export interface ContestOptions {
  lineupSets: { id: number; label: string }[];
  drawSets: { id: number; name: string; drawCount: number; createdAt: Date }[];
}

export async function listContestOptions(db: Db, slateId: number, user: PublicUser): Promise<ContestOptions> {
  const [sets, drawSets] = await Promise.all([
    listLineupSets(db, slateId, user),
    findVisibleDrawSets(db, slateId, user.id),
  ]);
  // "Built" means it holds lineups: whatever its status, an empty set is refused by the use-case (422).
  const lineupSets = sets.flatMap((s) => {
    const n = s.lineupCount;
    return n ? [{ id: s.id, label: `#${s.id} · ${n} lineup${n === 1 ? '' : 's'}${s.projectionSetName ? ` · ${s.projectionSetName}` : ''}` }] : [];
  });
  return { lineupSets, drawSets: drawSets.map((s) => ({ ...s, drawCount: s.drawCount ?? 0 })) };
}
