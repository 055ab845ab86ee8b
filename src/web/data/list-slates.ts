/**
 * Read-only: the slates list for the home page, filtered by sport, site and date. The date is the US Eastern day
 * of the first game, through the API's own range function, so the page and /api/v1/slates?date= list the same
 * slates. (The API's list query is not reused as a whole: the page also counts projection sets.)
 */
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { SITES, SPORTS } from '../../core/site-rules.js';
import { calendarDateSchema, easternDayRange } from '../../api/index.js';
import { slateTitle } from '../slate-title.js';

/** Bad sport or site values fall back to "any"; a bad date is reported (see readSlateFilter), never guessed. */
export const SlateFilterSchema = z.object({
  sport: z.enum(SPORTS).optional().catch(undefined),
  site: z.enum(SITES).optional().catch(undefined),
  /** YYYY-MM-DD: slates whose first game starts that US Eastern day. */
  date: z.string().trim().optional().catch(undefined).transform((d) => d || undefined),
});
export type SlateFilter = z.infer<typeof SlateFilterSchema>;

/** The filter from a query string, and a message for a date that is not a calendar day (the page shows it). */
export function readSlateFilter(query: unknown): { filter: SlateFilter; dateError: string | null } {
  const filter = SlateFilterSchema.parse(query);
  if (filter.date === undefined || calendarDateSchema.safeParse(filter.date).success) return { filter, dateError: null };
  return { filter, dateError: `“${filter.date}” is not a date: pick a day (YYYY-MM-DD, US Eastern).` };
}

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
  /** The name without the sport (see slateTitle). */
  title: string;
  /** firstStartsAt, or for a slate of TBD games (FanDuel lists give only the day) its first game's day. */
  firstGameAt: Date | null;
  firstTbd: boolean;
}

/** Slates newest first (by first start), at most `limit`. The date must be a valid day (readSlateFilter). */
export async function listSlates(db: Db, filter: SlateFilter, limit = 200): Promise<SlateListRow[]> {
  const rows = await db.slate.findMany({
    where: {
      ...(filter.site ? { site: filter.site } : {}),
      ...(filter.sport ? { sport: { code: filter.sport } } : {}),
      ...(filter.date ? { firstStartsAt: easternDayRange(filter.date) } : {}),
    },
    orderBy: [{ firstStartsAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit,
    include: { sport: true, _count: { select: { players: true, games: true, projectionSets: true } } },
  });
  const undated = rows.filter((s) => s.firstStartsAt === null).map((s) => s.id);
  const firstGames = new Map<number, Date>();
  if (undated.length) {
    const links = await db.slateGame.findMany({ where: { slateId: { in: undated } }, select: { slateId: true, game: { select: { startsAt: true } } } });
    for (const link of links) {
      const known = firstGames.get(link.slateId);
      if (!known || link.game.startsAt < known) firstGames.set(link.slateId, link.game.startsAt);
    }
  }
  const list = rows.map((s) => ({
    id: s.id, site: s.site, sport: s.sport.code, gameType: s.gameType, name: s.name, siteSlateId: s.siteSlateId,
    firstStartsAt: s.firstStartsAt, lastStartsAt: s.lastStartsAt,
    players: s._count.players, games: s._count.games, projectionSets: s._count.projectionSets,
    title: slateTitle(s.sport.code, s.name, s.siteSlateId),
    firstGameAt: s.firstStartsAt ?? firstGames.get(s.id) ?? null,
    firstTbd: s.firstStartsAt === null && firstGames.has(s.id),
  }));
  // Newest first by the day play starts, TBD slates among the others by their day (not all at the bottom).
  const at = (s: (typeof list)[number]): number => s.firstGameAt?.getTime() ?? -Infinity;
  return list.sort((a, b) => at(b) - at(a) || b.id - a.id);
}
