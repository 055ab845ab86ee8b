/** Creating users and the bootstrap admin. Emails are compared lower-cased; roles are 'admin' and 'user'. */
import { z } from 'zod';
import type { Config } from '../../config.js';
import { countUsers, findFirstAdminRow, findUserRowByEmail, insertUser } from './store/user-rows.js';
import type { Db } from '../../core/db.js';
import type { Logger } from '../../core/logger.js';
import { AppError } from '../../core/errors.js';
import { hashPassword } from './hash-password.js';
import { newPasswordSchema } from './password-rule.js';
import { zodProblemLines } from '../../core/validation/zod-problems.js';

export const USER_ROLES = ['admin', 'user'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email('is not an email address'),
  password: newPasswordSchema,
  role: z.enum(USER_ROLES).default('user'),
});
export type NewUser = z.input<typeof newUserSchema>;

/** What the rest of the platform sees of a user (never the hash). */
export interface PublicUser { id: number; email: string; role: UserRole; createdAt: Date }

export function toPublicUser(user: { id: number; email: string; role: string; createdAt: Date }): PublicUser {
  return { id: user.id, email: user.email, role: user.role === 'admin' ? 'admin' : 'user', createdAt: user.createdAt };
}

/** Creates a user with an argon2id hash; a taken email is a 409 naming it. */
export async function createUser(db: Db, input: NewUser): Promise<PublicUser> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const problems = zodProblemLines(parsed.error);
    throw new AppError('invalid_request', problems.join('; '), { problems });
  }
  const { email, password, role } = parsed.data;
  const existing = await findUserRowByEmail(db, email);
  if (existing) throw new AppError('email_taken', `a user with email ${email} already exists`);
  const passwordHash = await hashPassword(password);
  try {
    return toPublicUser(await insertUser(db, { email, passwordHash, role }));
  } catch (error) {
    // Two creations racing on the same email: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') throw new AppError('email_taken', `a user with email ${email} already exists`);
    throw error;
  }
}

/** Finds a user by email (case-insensitive) or throws a 404 naming it. */
export async function findUserByEmail(db: Db, email: string): Promise<PublicUser> {
  const user = await findUserRowByEmail(db, email.trim().toLowerCase());
  if (!user) throw new AppError('not_found', `no user with email ${email}`);
  return toPublicUser(user);
}

/**
 * Bootstrap: when the database has no user at all and ADMIN_EMAIL + ADMIN_PASSWORD are set, creates that admin.
 * Never touches an existing user, so changing ADMIN_PASSWORD later does nothing (change it in the app instead).
 */
export async function ensureBootstrapAdmin(db: Db, config: Config, logger: Logger): Promise<PublicUser | null> {
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD) return null;
  if ((await countUsers(db)) > 0) return null;
  try {
    const admin = await createUser(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, role: 'admin' });
    logger.info({ email: admin.email }, 'bootstrap admin created from ADMIN_EMAIL');
    return admin;
  } catch (error) {
    // Another instance created it first.
    if (error instanceof AppError && error.code === 'email_taken') return null;
    throw error;
  }
}

/** The user with this email, or null (the CLI's --user). */
export async function lookupUser(db: Db, email: string): Promise<PublicUser | null> {
  const row = await findUserRowByEmail(db, email.trim().toLowerCase());
  return row ? toPublicUser(row) : null;
}

/** The first admin ever created, or null: the CLI and the demo act as that admin when no user is named. */
export async function findFirstAdmin(db: Db): Promise<PublicUser | null> {
  const row = await findFirstAdminRow(db);
  return row ? toPublicUser(row) : null;
}
