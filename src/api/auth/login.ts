/** The login use-case: rate limit, check the password (argon2id), open a session. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { dummyPasswordHash, verifyPassword } from './hash-password.js';
import type { LoginLimiter } from './login-limiter.js';
import { createSession, type NewSession } from './sessions.js';
import { toPublicUser, type PublicUser } from './users.js';
import { findUserRowByEmail } from './store/user-rows.js';

export interface LoginInput { email: string; password: string; ip: string }

/**
 * Checks credentials and opens a session. Wrong email and wrong password give the same 401 (and take the same
 * time); too many failures give a 429 before the password is even checked.
 */
export async function login(db: Db, limiter: LoginLimiter, input: LoginInput): Promise<{ user: PublicUser; session: NewSession }> {
  const email = input.email.trim().toLowerCase();
  limiter.check(email, input.ip);
  const user = email ? await findUserRowByEmail(db, email) : null;
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    limiter.recordFailure(email, input.ip);
    throw new AppError('invalid_credentials', 'email or password is wrong');
  }
  limiter.recordSuccess(email, input.ip);
  return { user: toPublicUser(user), session: await createSession(db, user.id) };
}
