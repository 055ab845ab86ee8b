/**
 * "Optimal %" for the pool's leverage column: the share of lineups holding each slate row in the user's latest
 * finished lineup set of the slate. A sim-draw set (lineup k is the best lineup of simulated outcome k) is preferred:
 * its shares are the sim-optimal frequency. The simulation does not store that frequency itself (it only feeds the
 * ownership estimate), so a lineup set is the measure that exists; the column's tooltip names the set used.
 */
import type { Db } from '../../core/db.js';

export interface OptimalShare {
  lineupSetId: number;
  lineups: number;
  /** True when the set was built in sim-draw mode (the share is a sim-optimal frequency). */
  simDraws: boolean;
  /** Slate row id → share of the set's lineups holding it (0..1); rows in no lineup are absent (0). */
  share: Map<number, number>;
}

/** Sets looked at to find a sim-draw one before falling back to the newest set. */
const RECENT_SETS = 20;

export async function loadOptimalShare(db: Db, slateId: number, userId: number): Promise<OptimalShare | null> {
  const sets = await db.lineupSet.findMany({
    where: { slateId, userId, status: 'done' },
    orderBy: { id: 'desc' },
    take: RECENT_SETS,
    select: { id: true, rules: true },
  });
  const isSimDraws = (rules: unknown): boolean => typeof rules === 'object' && rules !== null && 'simDraws' in rules && Boolean((rules as { simDraws?: unknown }).simDraws);
  const chosen = sets.find((s) => isSimDraws(s.rules)) ?? sets[0];
  if (!chosen) return null;
  const [lineups, counts] = await Promise.all([
    db.lineup.count({ where: { lineupSetId: chosen.id } }),
    db.lineupPlayer.groupBy({ by: ['slatePlayerId'], where: { lineup: { lineupSetId: chosen.id } }, _count: { _all: true } }),
  ]);
  if (lineups === 0) return null;
  return { lineupSetId: chosen.id, lineups, simDraws: isSimDraws(chosen.rules), share: new Map(counts.map((c) => [c.slatePlayerId, c._count._all / lineups])) };
}
