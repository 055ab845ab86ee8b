/** Slates: the filtered, paginated list and one slate with everything a DFS player looks at before building. */
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { SITES, SPORTS } from '../../core/site-rules.js';
import { calendarDateSchema, easternDayRange } from './eastern-day.js';
import type { Page, Pagination } from './pagination.js';

export const slateFilterSchema = z.object({
  sport: z.string().trim().toUpperCase().pipe(z.enum(SPORTS)).optional(),
  site: z.enum(SITES).optional(),
  gameType: z.enum(['classic', 'showdown']).optional(),
  /** The slate's first game falls on this day, US Eastern (how DFS sites date their slates). */
  date: calendarDateSchema.optional(),
});
export type SlateFilter = z.infer<typeof slateFilterSchema>;

export interface SlateSummary {
  id: number; site: string; sport: string; gameType: string; siteSlateId: string; name: string | null; source: string;
  firstStartsAt: Date | null; lastStartsAt: Date | null; playerCount: number; gameCount: number; createdAt: Date; updatedAt: Date;
}

export const slateSummarySelect = {
  id: true, site: true, gameType: true, siteSlateId: true, name: true, source: true, firstStartsAt: true, lastStartsAt: true,
  createdAt: true, updatedAt: true, sport: { select: { code: true } }, _count: { select: { players: true, games: true } },
} as const;

type SummaryRow = Omit<SlateSummary, 'sport' | 'playerCount' | 'gameCount'> & { sport: { code: string }; _count: { players: number; games: number } };

export function toSlateSummary(row: SummaryRow): SlateSummary {
  const { sport, _count, ...rest } = row;
  return { ...rest, sport: sport.code, playerCount: _count.players, gameCount: _count.games };
}

/** Slates newest first, filtered by sport, site, game type and (Eastern) date. */
export async function listSlates(db: Db, filter: SlateFilter, page: Pagination): Promise<Page<SlateSummary>> {
  const where = {
    ...(filter.sport ? { sport: { code: filter.sport } } : {}),
    ...(filter.site ? { site: filter.site } : {}),
    ...(filter.gameType ? { gameType: filter.gameType } : {}),
    ...(filter.date ? { firstStartsAt: easternDayRange(filter.date) } : {}),
  };
  const [rows, total] = await Promise.all([
    db.slate.findMany({
      where, select: slateSummarySelect, take: page.limit, skip: page.offset,
      orderBy: [{ firstStartsAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    }),
    db.slate.count({ where }),
  ]);
  return { items: rows.map(toSlateSummary), total, ...page };
}
