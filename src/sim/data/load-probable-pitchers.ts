import type { Db } from '../../core/db.js';

/**
 * The site's probable-pitcher flag per slate row (slatePlayerId), for the rows that carry one. FanDuel files
 * flag every pitcher yes or no; DraftKings imports store none, so a DraftKings slate gives an empty map.
 * Read here rather than with the slate rows so that the flag stays an optional input of the sim.
 */
export async function loadProbablePitchers(db: Db, slateId: number): Promise<Map<number, boolean>> {
  const rows = await db.slatePlayer.findMany({
    where: { slateId, isProbablePitcher: { not: null } },
    select: { id: true, isProbablePitcher: true },
  });
  return new Map(rows.flatMap((r) => (r.isProbablePitcher === null ? [] : [[r.id, r.isProbablePitcher] as const])));
}
