/**
 * Per-user ownership: uploads, projection sets, simulation runs and lineup sets with a userId belong to that user;
 * another user gets 404 (not 403: the id's existence is not revealed). What a user's run derives (its projection
 * set, contest results, lineups) carries that user's id too. Rows without a userId (sets of automatic runs, site
 * averages) are shared.
 */
import type { PublicUser } from '../auth/users.js';

/** Prisma `where` fragment: rows the user may see (own or shared). */
export function visibleTo(user: Pick<PublicUser, 'id'>): { OR: ({ userId: null } | { userId: number })[] } {
  return { OR: [{ userId: null }, { userId: user.id }] };
}
