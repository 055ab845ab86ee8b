import type { Db } from '../../../core/db.js';
import type { InjuryReport } from '../parse/injury-report.js';

/** Sources that publish a complete list each time, so a player missing from it has no designation any more. */
export type ListSource = 'espn' | 'nfl-report';

/** How each listing source's player ids look, and the note its "active again" rows carry. */
const LISTS: Readonly<Record<ListSource, { id: RegExp; note: string }>> = {
  // ESPN athlete ids; name-keyed rows (no id) cannot be told apart from a rename, so they are left alone.
  espn: { id: /^\d+$/, note: 'no longer on the ESPN injury report' },
  // GSIS ids ("00-0036389").
  'nfl-report': { id: /^\d{2}-\d{7}$/, note: 'no longer designated on the NFL injury report' },
};

/**
 * "Active" reports for players the source listed with a designation last time but no longer lists (`seen`
 * is the newest list). Keyed like the earlier reports (the source's player id) so they chain onto the same
 * source history. The caller must not pass an empty list: an empty answer is not "everyone is healthy".
 */
export async function clearedFromReport(db: Db, source: ListSource, sport: string, seen: InjuryReport[], now: Date): Promise<InjuryReport[]> {
  const { id, note } = LISTS[source];
  const seenIds = new Set(seen.map((r) => r.sourcePlayerId).filter((x): x is string => x !== null));
  const latest = await db.injuryReport.findMany({
    where: { source, sportCode: sport },
    distinct: ['sourceKey'],
    orderBy: [{ sourceKey: 'asc' }, { reportedAt: 'desc' }, { id: 'desc' }],
    select: { sourceKey: true, status: true, playerName: true, teamCode: true, playerId: true },
  });
  return latest
    .filter((r) => r.status !== 'active' && id.test(r.sourceKey) && !seenIds.has(r.sourceKey))
    .map((r) => ({
      source, sourcePlayerId: r.sourceKey, playerName: r.playerName, team: r.teamCode, position: null,
      rawStatus: '', status: 'active' as const, note, reportedAt: now, sourceUrl: null,
      ...(r.playerId !== null ? { playerId: r.playerId } : {}),
    }));
}
