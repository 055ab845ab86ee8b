/** User rows: the auth module owns the table; the CLI, the demo and the setup page reach it through these. */
import type { Db } from '../../../core/db.js';

export interface UserRow { id: number; email: string; passwordHash: string; role: string; createdAt: Date }

export async function findUserRowByEmail(db: Db, email: string): Promise<UserRow | null> {
  return db.user.findUnique({ where: { email } });
}

export async function insertUser(db: Db, data: { email: string; passwordHash: string; role: string }): Promise<UserRow> {
  return db.user.create({ data });
}

export async function countUsers(db: Db): Promise<number> {
  return db.user.count();
}

/** The first admin ever created (the CLI and the demo act as that admin by default). */
export async function findFirstAdminRow(db: Db): Promise<UserRow | null> {
  return db.user.findFirst({ where: { role: 'admin' }, orderBy: { id: 'asc' } });
}

/**
 * Creates the first admin only while there is no user: under an advisory lock, so two setup forms posted at once
 * create one admin. Null when a user exists.
 */
export async function insertFirstAdmin(db: Db, lockKey: number, data: { email: string; passwordHash: string }): Promise<UserRow | null> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lockKey})`;
    if ((await tx.user.count()) > 0) return null;
    return tx.user.create({ data: { ...data, role: 'admin' } });
  });
}
