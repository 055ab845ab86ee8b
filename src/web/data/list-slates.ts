/** Read-only: the slates list for the home page, filtered by sport, site and (UTC) start date. */
import { z } from 'zod';
import type { Db } from '../../core/db.js';

export const SlateFilterSchema = z.object({
  sport: z.enum(['NFL', 'NBA', 'MLB', 'NHL']).optional().catch(undefined),
  site: z.enum(['draftkings', 'fanduel']).optional().catch(undefined),
  /** YYYY-MM-DD: slates whose first game starts that UTC day. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
});
export type SlateFilter = z.infer<typeof SlateFilterSchema>;

export interface SlateListRow {
  id: number;
  site: string;
  sport: string;
  gameType: string;
  name: string | null;
  siteSlateId: string;
  firstStartsAt: Date | null;
  lastStartsAt: Date | null;
  players: number;
  games: number;
  projectionSets: number;
}

/** Slates newest first (by first start), at most `limit`. Empty-string filters mean "any". */
export async function listSlates(db: Db, filter: SlateFilter, limit = 200): Promise<SlateListRow[]> {
  const day = filter.date ? new Date(`${filter.date}T00:00:00Z`) : undefined;
  const rows = await db.slate.findMany({
    where: {
      ...(filter.site ? { site: filter.site } : {}),
      ...(filter.sport ? { sport: { code: filter.sport } } : {}),
      ...(day ? { firstStartsAt: { gte: day, lt: new Date(day.getTime() + 24 * 3600_000) } } : {}),
    },
    orderBy: [{ firstStartsAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit,
    include: { sport: true, _count: { select: { players: true, games: true, projectionSets: true } } },
  });
  return rows.map((s) => ({
    id: s.id, site: s.site, sport: s.sport.code, gameType: s.gameType, name: s.name, siteSlateId: s.siteSlateId,
    firstStartsAt: s.firstStartsAt, lastStartsAt: s.lastStartsAt,
    players: s._count.players, games: s._count.games, projectionSets: s._count.projectionSets,
  }));
}
