/**
 * Bearer tokens for scripts: `sd_<random>`, shown once at creation and stored as SHA-256. The prefix (first
 * characters) stays visible so a user can tell tokens apart in a list. A revoked token stops working at once.
 */
import { z } from 'zod';
import { findApiTokens, findLiveTokenUser, findUserApiToken, insertApiToken, updateApiToken } from './store/api-token-rows.js';
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
  const row = await insertApiToken(db, { userId, name: parsedName.data, tokenHash: sha256(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) });
  return { token, info: toInfo(row) };
}

/** A user's tokens, newest first (revoked ones included, marked). */
export async function listApiTokens(db: Db, userId: number): Promise<ApiTokenInfo[]> {
  const rows = await findApiTokens(db, userId);
  return rows.map(toInfo);
}

/** Revokes one of the user's own tokens; another user's token id is a 404. */
export async function revokeApiToken(db: Db, userId: number, tokenId: number): Promise<ApiTokenInfo> {
  const row = await findUserApiToken(db, tokenId, userId);
  if (!row) throw new AppError('not_found', `API token ${tokenId} not found`);
  const updated = row.revokedAt ? row : await updateApiToken(db, row.id, { revokedAt: new Date() });
  return toInfo(updated);
}

// lastUsedAt is a hint for the token list, not an audit log: write it at most once a minute per token.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user behind a bearer token, or null for an unknown or revoked token. */
export async function authenticateToken(db: Db, token: string, now = new Date()): Promise<PublicUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await findLiveTokenUser(db, sha256(token));
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await updateApiToken(db, row.id, { lastUsedAt: now });
  }
  return toPublicUser({ id: row.userId, email: row.email, role: row.role, createdAt: row.createdAt });
}
