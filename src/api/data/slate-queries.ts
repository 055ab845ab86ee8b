/** Slates: the filtered, paginated list and one slate with everything a DFS player looks at before building. */
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { SITES, SPORTS } from '../../core/site-rules.js';
import { listSlateSummaries, type SlateSummary } from '../../slates/index.js';
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

export type { SlateSummary };

/** Slates newest first, filtered by sport, site, game type and (Eastern) date. */
export async function listSlates(db: Db, filter: SlateFilter, page: Pagination): Promise<Page<SlateSummary>> {
  const { items, total } = await listSlateSummaries(db, {
    ...(filter.sport ? { sport: filter.sport } : {}),
    ...(filter.site ? { site: filter.site } : {}),
    ...(filter.gameType ? { gameType: filter.gameType } : {}),
    ...(filter.date ? { firstStartsAt: easternDayRange(filter.date) } : {}),
  }, page);
  return { items, total, ...page };
}
