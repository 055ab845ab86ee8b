import type { Db } from '../../../core/db.js';
import { InjuryStatusSchema, type InjuryStatus } from '../../../core/player-status.js';

/** A player's status right now: the most recent report from any source. */
export interface CurrentStatus { playerId: number; status: InjuryStatus; source: string; reportedAt: Date; note: string | null }

/**
 * The latest report per player (by report time, then capture order). The newest statement wins whatever its
 * source: a Sunday-morning "ruled out" must beat Friday's official "questionable".
 */
export async function currentStatuses(db: Pick<Db, 'injuryReport'>, playerIds: number[]): Promise<Map<number, CurrentStatus>> {
  if (playerIds.length === 0) return new Map();
  const rows = await db.injuryReport.findMany({
    where: { playerId: { in: playerIds } },
    distinct: ['playerId'],
    orderBy: [{ playerId: 'asc' }, { reportedAt: 'desc' }, { id: 'desc' }],
    select: { playerId: true, status: true, source: true, reportedAt: true, note: true },
  });
  const out = new Map<number, CurrentStatus>();
  for (const r of rows) {
    const status = InjuryStatusSchema.safeParse(r.status);
    if (r.playerId === null || !status.success) continue;
    out.set(r.playerId, { playerId: r.playerId, status: status.data, source: r.source, reportedAt: r.reportedAt, note: r.note });
  }
  return out;
}
