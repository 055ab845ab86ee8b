/**
 * Bearer tokens for scripts: `sd_<random>`, shown once at creation and stored as SHA-256. The prefix (first
 * characters) stays visible so a user can tell tokens apart in a list. A revoked token stops working at once.
 */
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { randomSecret, sha256 } from './secrets.js';
import { toPublicUser, type PublicUser } from './users.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

const TOKEN_PREFIX = 'sd_';

export const tokenNameSchema = z.string().trim().min(1, 'name is required').max(100, 'name is at most 100 characters');

export interface ApiTokenInfo { id: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }

const toInfo = (t: ApiTokenInfo): ApiTokenInfo => ({
  id: t.id, name: t.name, prefix: t.prefix, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt,
});

/** Creates a token for a user; the plain token is returned here and nowhere else. */
export async function createApiToken(db: Db, userId: number, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
  const parsedName = tokenNameSchema.safeParse(name);
  if (!parsedName.success) throw new AppError('invalid_request', describeZodError(parsedName.error, { fields: false, max: 1 }));
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const row = await db.apiToken.create({
    data: { userId, name: parsedName.data, tokenHash: sha256(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
  });
  return { token, info: toInfo(row) };
}

/** A user's tokens, newest first (revoked ones included, marked). */
export async function listApiTokens(db: Db, userId: number): Promise<ApiTokenInfo[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { id: 'desc' } });
  return rows.map(toInfo);
}

/** Revokes one of the user's own tokens; another user's token id is a 404. */
export async function revokeApiToken(db: Db, userId: number, tokenId: number): Promise<ApiTokenInfo> {
  const row = await db.apiToken.findFirst({ where: { id: tokenId, userId } });
  if (!row) throw new AppError('not_found', `API token ${tokenId} not found`);
  const updated = row.revokedAt ? row : await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
  return toInfo(updated);
}

// lastUsedAt is a hint for the token list, not an audit log: write it at most once a minute per token.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user behind a bearer token, or null for an unknown or revoked token. */
export async function authenticateToken(db: Db, token: string, now = new Date()): Promise<PublicUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  // Every API request runs this: one indexed join instead of the two queries an ORM include makes.
  const rows = await db.$queryRaw<{ id: number; lastUsedAt: Date | null; userId: number; email: string; role: string; createdAt: Date }[]>`
    SELECT t.id, t."lastUsedAt", u.id AS "userId", u.email, u.role, u."createdAt"
      FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = ${sha256(token)} AND t."revokedAt" IS NULL`;
  const row = rows[0];
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return toPublicUser({ id: row.userId, email: row.email, role: row.role, createdAt: row.createdAt });
}
