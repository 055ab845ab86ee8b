import type { Db } from '../../../core/db.js';
import { currentStatuses } from '../store/current-statuses.js';
import { UNAVAILABLE_STATUSES } from '../../../core/player-status.js';

/** Prefix of the swap reasons this module writes; a reason written by someone else is never cleared here. */
export const INJURY_SWAP_PREFIX = 'injury: ';

export interface SwapFlagResult { flagged: number; cleared: number; lineupIds: number[] }

/**
 * Re-derives `Lineup.needsSwap` for every lineup holding one of `slatePlayerIds`: set when any of its players
 * is now out or on injured reserve (the reason names them), cleared when none is any more and the flag was
 * ours. Derived from current statuses, so running it twice gives the same flags.
 */
export async function refreshLineupSwapFlags(db: Db, slatePlayerIds: number[]): Promise<SwapFlagResult> {
  const result: SwapFlagResult = { flagged: 0, cleared: 0, lineupIds: [] };
  if (slatePlayerIds.length === 0) return result;
  const lineups = await db.lineup.findMany({
    where: { players: { some: { slatePlayerId: { in: slatePlayerIds } } } },
    select: {
      id: true, needsSwap: true, swapReason: true,
      players: { select: { slotName: true, slatePlayer: { select: { playerId: true, name: true } } } },
    },
  });
  const statuses = await currentStatuses(db, [...new Set(lineups.flatMap((l) => l.players.map((p) => p.slatePlayer.playerId)))]);
  for (const lineup of lineups) {
    const missing = lineup.players.flatMap((p) => {
      const s = statuses.get(p.slatePlayer.playerId);
      return s && UNAVAILABLE_STATUSES.has(s.status)
        ? [`${p.slatePlayer.name} (${p.slotName}) ${s.status.replace('_', ' ')} per ${s.source} ${s.reportedAt.toISOString().slice(0, 16)}Z`]
        : [];
    });
    if (missing.length > 0) {
      const reason = `${INJURY_SWAP_PREFIX}${missing.join('; ')}`;
      if (lineup.needsSwap && lineup.swapReason === reason) continue;
      await db.lineup.update({ where: { id: lineup.id }, data: { needsSwap: true, swapReason: reason } });
      result.flagged += 1;
      result.lineupIds.push(lineup.id);
    } else if (lineup.needsSwap && lineup.swapReason?.startsWith(INJURY_SWAP_PREFIX)) {
      await db.lineup.update({ where: { id: lineup.id }, data: { needsSwap: false, swapReason: null } });
      result.cleared += 1;
      result.lineupIds.push(lineup.id);
    }
  }
  return result;
}
