/** ApiToken rows (only the SHA-256 of a token is stored); the auth module owns the table. */
import type { Db } from '../../../core/db.js';

export interface ApiTokenRow { id: number; userId: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }

export async function insertApiToken(db: Db, data: { userId: number; name: string; tokenHash: string; prefix: string }): Promise<ApiTokenRow> {
  return db.apiToken.create({ data });
}

export async function findApiTokens(db: Db, userId: number): Promise<ApiTokenRow[]> {
  return db.apiToken.findMany({ where: { userId }, orderBy: { id: 'desc' } });
}

export async function findUserApiToken(db: Db, id: number, userId: number): Promise<ApiTokenRow | null> {
  return db.apiToken.findFirst({ where: { id, userId } });
}

export async function updateApiToken(db: Db, id: number, data: { revokedAt?: Date; lastUsedAt?: Date }): Promise<ApiTokenRow> {
  return db.apiToken.update({ where: { id }, data });
}

/** The live token with this hash and its user. Every API request runs this: one indexed join, not an ORM include's two queries. */
export async function findLiveTokenUser(db: Db, tokenHash: string): Promise<{ id: number; lastUsedAt: Date | null; userId: number; email: string; role: string; createdAt: Date } | null> {
  const rows = await db.$queryRaw<{ id: number; lastUsedAt: Date | null; userId: number; email: string; role: string; createdAt: Date }[]>`
    SELECT t.id, t."lastUsedAt", u.id AS "userId", u.email, u.role, u."createdAt"
      FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = ${tokenHash} AND t."revokedAt" IS NULL`;
  return rows[0] ?? null;
}
