/** Session rows (ids are SHA-256 of the cookie value); the auth module owns the table. */
import type { Db } from '../../../core/db.js';
import type { UserRow } from './user-rows.js';

export interface SessionRow { id: string; userId: number; csrfSecret: string; expiresAt: Date }

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.session.create({ data: row });
}

export async function findSessionRow(db: Db, id: string): Promise<(SessionRow & { user: UserRow }) | null> {
  return db.session.findUnique({ where: { id }, include: { user: true } });
}

/** Deletes sessions by id, by user, and/or expired before `expiredBefore`; returns how many. */
export async function deleteSessions(db: Db, where: { id?: string; userId?: number; expiredBefore?: Date }): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: {
      ...(where.id !== undefined ? { id: where.id } : {}),
      ...(where.userId !== undefined ? { userId: where.userId } : {}),
      ...(where.expiredBefore ? { expiresAt: { lt: where.expiredBefore } } : {}),
    },
  });
  return count;
}
