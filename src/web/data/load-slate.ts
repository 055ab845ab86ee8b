/** Read-only: one slate's header, its games and the projection sets the user may pick from. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { loadSlateGames, loadSlateInfo } from '../../slates/index.js';
import type { SlateListRow } from './list-slates.js';
import { slateTitle } from '../slate-title.js';
import { listProjectionSets as apiListProjectionSets } from '../../api/index.js';

/** More sets than any slate gathers: the picker lists them all. */
const MAX_SETS_LISTED = 1000;

export type SlateHeader = Pick<SlateListRow, 'id' | 'site' | 'sport' | 'gameType' | 'name' | 'siteSlateId' | 'firstStartsAt'> & {
  games: { id: number; label: string; startsAt: Date; tbd: boolean }[];
  /** The slate's name without the sport the pages show beside it. */
  title: string;
  /** The first game's start; `firstTbd` when the site gave only its day. */
  firstGameAt: Date | null;
  firstTbd: boolean;
};

export interface ProjectionSetOption { id: number; name: string; source: string; createdAt: Date; mine: boolean; count: number }

/** The slate or a 404 naming it. */
export async function loadSlate(db: Db, slateId: number): Promise<SlateHeader> {
  const [slate, slateGames] = await Promise.all([loadSlateInfo(db, slateId), loadSlateGames(db, slateId)]);
  if (!slate) throw new AppError('not_found', `slate ${slateId} not found`);
  const games = slateGames
    .map((game) => ({ id: game.id, label: game.gameKey, startsAt: game.startsAt, tbd: game.startTimeTbd }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.label.localeCompare(b.label));
  return {
    id: slate.id, site: slate.site, sport: slate.sport, gameType: slate.gameType, name: slate.name,
    siteSlateId: slate.siteSlateId, firstStartsAt: slate.firstStartsAt, games,
    title: slateTitle(slate.sport, slate.name, slate.siteSlateId),
    // A slate of TBD games has no firstStartsAt; its first game's day is still worth showing.
    firstGameAt: slate.firstStartsAt ?? games[0]?.startsAt ?? null,
    firstTbd: slate.firstStartsAt === null && games.length > 0 && games.every((g) => g.tbd),
  };
}

/**
 * Shared sets (no owner) and the user's own, newest first, through the API's listProjectionSets. Another user's sets
 * are never listed; `userId` 0 (no one signed in) sees the shared sets.
 */
export async function listProjectionSets(db: Db, slateId: number, userId: number): Promise<ProjectionSetOption[]> {
  const { items } = await apiListProjectionSets(db, { id: userId }, { slateId }, { limit: MAX_SETS_LISTED, offset: 0 });
  return items
    .map((s) => ({ id: s.id, name: s.name, source: s.source, createdAt: s.createdAt, mine: s.owned, count: s.projectionCount }))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
}

/** The set the page shows: the one asked for if the user may see it, else the newest with projections. */
export function pickProjectionSet(sets: readonly ProjectionSetOption[], requested: number | undefined): ProjectionSetOption | null {
  if (requested !== undefined) {
    const found = sets.find((s) => s.id === requested);
    if (!found) throw new AppError('not_found', `projection set ${requested} not found for this slate`);
    return found;
  }
  return sets.find((s) => s.count > 0) ?? sets[0] ?? null;
}
