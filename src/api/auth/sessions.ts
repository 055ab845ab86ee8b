/**
 * Server-side sessions in PostgreSQL. The browser holds a random cookie value; the Session row is keyed by its
 * SHA-256, so a leaked database does not leak usable cookies. Each session has its own CSRF secret.
 */
import { deleteSessions, findSessionRow, insertSession } from './store/session-rows.js';
import type { Db } from '../../core/db.js';
import { randomSecret, sha256 } from './secrets.js';
import { toPublicUser, type PublicUser } from './users.js';

export const SESSION_COOKIE = 'sd_session';
/** Sessions last two weeks from login; logout or expiry ends them. */
export const SESSION_TTL_MS = 14 * 24 * 3600_000;

export interface NewSession { cookieValue: string; csrfSecret: string; expiresAt: Date }
export interface LoadedSession { id: string; csrfSecret: string; expiresAt: Date; user: PublicUser }

/** Opens a session for a user and returns the cookie value to send (shown once, never stored). */
export async function createSession(db: Db, userId: number, now = new Date()): Promise<NewSession> {
  const cookieValue = randomSecret();
  const csrfSecret = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await insertSession(db, { id: sha256(cookieValue), userId, csrfSecret, expiresAt });
  // Expired sessions are swept here, at login, instead of by a timer: cheap (indexed) and always bounded.
  await deleteSessions(db, { userId, expiredBefore: now });
  return { cookieValue, csrfSecret, expiresAt };
}

/** The live session behind a cookie value, or null when unknown or expired. */
export async function findSession(db: Db, cookieValue: string, now = new Date()): Promise<LoadedSession | null> {
  const row = await findSessionRow(db, sha256(cookieValue));
  if (!row || row.expiresAt <= now) return null;
  return { id: row.id, csrfSecret: row.csrfSecret, expiresAt: row.expiresAt, user: toPublicUser(row.user) };
}

/** Ends one session (logout). */
export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await deleteSessions(db, { id: sessionId });
}

/** Deletes every expired session (the platform's nightly sweep); returns how many. */
export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
  return deleteSessions(db, { expiredBefore: now });
}
