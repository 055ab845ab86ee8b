/**
 * Reads of InjuryReport for other modules (the API's feed and slate detail, the dashboard's pool and player
 * panel). The injury module owns the table; `currentStatuses` (the normalized status the sim and optimizer use)
 * sits beside these in current-statuses.ts.
 */
import type { Db } from '../../../core/db.js';

export interface LatestReport { status: string; rawStatus: string | null; note: string | null; source: string; reportedAt: Date }

/** The newest report of each player, as stored (by report time, then capture time); players without one are absent. */
export async function readLatestReports(db: Db, playerIds: readonly number[]): Promise<Map<number, LatestReport>> {
  if (!playerIds.length) return new Map();
  const rows = await db.injuryReport.findMany({
    where: { playerId: { in: [...playerIds] } }, distinct: ['playerId'], orderBy: [{ playerId: 'asc' }, { reportedAt: 'desc' }, { capturedAt: 'desc' }],
    select: { playerId: true, status: true, rawStatus: true, note: true, source: true, reportedAt: true },
  });
  return new Map(rows.map(({ playerId, ...r }) => [playerId as number, r]));
}

/** One player's newest reports. */
export async function readPlayerReports(db: Db, playerId: number, limit: number): Promise<LatestReport[]> {
  return db.injuryReport.findMany({
    where: { playerId }, orderBy: { reportedAt: 'desc' }, take: limit,
    select: { status: true, rawStatus: true, note: true, source: true, reportedAt: true },
  });
}

export interface InjuryFeedFilter { sport?: string; team?: string; status?: string; source?: string; playerId?: number; since?: Date }

/** The feed of every source, newest first, one page, and how many match in all. */
export async function readInjuryFeed(db: Db, filter: InjuryFeedFilter, page: { limit: number; offset: number }) {
  const where = {
    ...(filter.sport ? { sportCode: filter.sport } : {}),
    ...(filter.team ? { teamCode: filter.team } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.source ? { source: filter.source } : {}),
    ...(filter.playerId ? { playerId: filter.playerId } : {}),
    ...(filter.since ? { reportedAt: { gte: filter.since } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.injuryReport.findMany({
      where, orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }], take: page.limit, skip: page.offset,
      select: { id: true, sportCode: true, source: true, playerId: true, playerName: true, teamCode: true, status: true, rawStatus: true, note: true, reportedAt: true, capturedAt: true },
    }),
    db.injuryReport.count({ where }),
  ]);
  return { rows, total };
}
