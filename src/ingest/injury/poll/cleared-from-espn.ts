import type { Db } from '../../../core/db.js';
import type { InjuryReport } from '../parse/injury-report.js';

/**
 * "Active" reports for players ESPN listed as injured last time but no longer lists. Keyed like the earlier
 * reports (athlete id) so they chain onto the same source history.
 */
export async function clearedFromEspn(db: Db, sport: string, seen: InjuryReport[], now: Date): Promise<InjuryReport[]> {
  const seenIds = new Set(seen.map((r) => r.sourcePlayerId).filter((id): id is string => id !== null));
  const latest = await db.injuryReport.findMany({
    where: { source: 'espn', sportCode: sport },
    distinct: ['sourceKey'],
    orderBy: [{ sourceKey: 'asc' }, { reportedAt: 'desc' }, { id: 'desc' }],
    select: { sourceKey: true, status: true, playerName: true, teamCode: true, playerId: true },
  });
  return latest
    .filter((r) => r.status !== 'active' && /^\d+$/.test(r.sourceKey) && !seenIds.has(r.sourceKey))
    .map((r) => ({
      source: 'espn' as const, sourcePlayerId: r.sourceKey, playerName: r.playerName, team: r.teamCode, position: null,
      rawStatus: '', status: 'active' as const, note: 'no longer on the ESPN injury report', reportedAt: now, sourceUrl: null,
      ...(r.playerId !== null ? { playerId: r.playerId } : {}),
    }));
}
