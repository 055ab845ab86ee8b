/**
 * The first-run admin: while the database has no user at all, the dashboard offers a "create the first admin"
 * form. Creation takes a transaction-scoped advisory lock and counts users inside it, so two racing forms create
 * one admin, and once any user exists (from this form, the CLI or ADMIN_EMAIL) the form is refused for good.
 */
import { countUsers, insertFirstAdmin } from './store/user-rows.js';
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { hashPassword } from './hash-password.js';
import { newUserSchema, toPublicUser, type PublicUser } from './users.js';
import { zodProblemLines } from '../../core/validation/zod-problems.js';

/** Any constant works: it only has to be the same for every process creating the first admin. */
const FIRST_ADMIN_LOCK = 7_170_001;

/** True while no user exists (the first-run form is open). */
export async function needsFirstAdmin(db: Db): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/** Creates the first admin, or throws 409 `setup_done` when any user already exists. */
export async function createFirstAdmin(db: Db, input: { email: string; password: string }): Promise<PublicUser> {
  const parsed = newUserSchema.safeParse({ ...input, role: 'admin' });
  if (!parsed.success) {
    const problems = zodProblemLines(parsed.error);
    throw new AppError('invalid_request', problems.join('; '), { problems });
  }
  const refused = new AppError('setup_done', 'the first admin already exists: sign in, or ask an admin for an account');
  if (!(await needsFirstAdmin(db))) throw refused;
  // Hash outside the transaction: argon2 takes a moment and the transaction only needs the lock and two queries.
  const passwordHash = await hashPassword(parsed.data.password);
  const created = await insertFirstAdmin(db, FIRST_ADMIN_LOCK, { email: parsed.data.email, passwordHash });
  if (!created) throw refused;
  return toPublicUser(created);
}
