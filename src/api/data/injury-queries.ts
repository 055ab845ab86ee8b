/** The injury feed: normalized statuses from every source, newest first. Shared data (no owner). */
import { z } from 'zod';
import { queryDate } from '../../core/validation/query-date.js';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import { SPORTS } from '../../core/site-rules.js';
import type { Page, Pagination } from './pagination.js';

export const injuryFilterSchema = z.object({
  sport: z.string().trim().toUpperCase().pipe(z.enum(SPORTS)).optional(),
  team: z.string().trim().toUpperCase().min(1).max(10).optional(),
  status: z.string().trim().min(1).max(40).optional(),
  source: z.string().trim().min(1).max(60).optional(),
  playerId: dbIdText().optional(),
  since: queryDate().optional(),
});
export type InjuryFilter = z.infer<typeof injuryFilterSchema>;

export async function listInjuries(db: Db, filter: InjuryFilter, page: Pagination): Promise<Page<Record<string, unknown>>> {
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
  return {
    items: rows.map(({ sportCode, teamCode, ...r }) => ({ ...r, sport: sportCode, team: teamCode })),
    total, ...page,
  };
}
