import type { Db } from '../../../core/db.js';

/** One step of a player's injury history: the status from a report, and where it came from. */
export interface InjuryHistoryEntry {
  status: string;
  previousStatus: string | null;
  source: string;
  rawStatus: string | null;
  note: string | null;
  reportedAt: Date;
}

/**
 * A canonical player's status changes over time, oldest first, from every source: consecutive reports with
 * the same status collapse into the first one, so the list reads "questionable → out → active".
 */
export async function listInjuryHistory(db: Db, playerId: number): Promise<InjuryHistoryEntry[]> {
  const rows = await db.injuryReport.findMany({
    where: { playerId },
    orderBy: [{ reportedAt: 'asc' }, { id: 'asc' }],
    select: { status: true, source: true, rawStatus: true, note: true, reportedAt: true },
  });
  const history: InjuryHistoryEntry[] = [];
  for (const r of rows) {
    const previous = history[history.length - 1]?.status ?? null;
    if (previous === r.status) continue;
    history.push({ ...r, previousStatus: previous });
  }
  return history;
}

/** Report names no canonical player matched (most recent first), for the admin page and CLI output. */
export async function listUnmatchedInjuryNames(db: Db, since: Date) {
  return db.injuryReport.groupBy({
    by: ['sportCode', 'source', 'playerName', 'teamCode'],
    where: { playerId: null, capturedAt: { gte: since } },
    _max: { reportedAt: true },
    orderBy: { _max: { reportedAt: 'desc' } },
  });
}
