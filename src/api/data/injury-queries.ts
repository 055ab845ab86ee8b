/** The injury feed: normalized statuses from every source, newest first. Read through the injury module, which owns the table. */
import { z } from 'zod';
import { queryDate } from '../../core/validation/query-date.js';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import { SPORTS } from '../../core/site-rules.js';
import { readInjuryFeed } from '../../ingest/injury/index.js';
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
  const { rows, total } = await readInjuryFeed(db, filter, page);
  return {
    items: rows.map(({ sportCode, teamCode, ...r }) => ({ ...r, sport: sportCode, team: teamCode })),
    total, ...page,
  };
}
