/**
 * Per-user ownership: uploads, projection sets, simulation runs and lineup sets with a userId belong to that user;
 * another user gets 404 (not 403: the id's existence is not revealed). Rows without a userId (simulated sets,
 * site averages) are shared.
 */
import type { PublicUser } from '../auth/users.js';

/** Prisma `where` fragment: rows the user may see (own or shared). */
export function visibleTo(user: PublicUser): { OR: ({ userId: null } | { userId: number })[] } {
  return { OR: [{ userId: null }, { userId: user.id }] };
}
