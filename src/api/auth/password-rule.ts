/**
 * The one password rule, used wherever a password is set (the CLI's `user create`, ADMIN_PASSWORD at start, the
 * API's createUser) and, for its length bound, wherever one is typed (the API login, the dashboard login form):
 * at least MIN_PASSWORD_LENGTH characters, not only whitespace, and at most MAX_PASSWORD_LENGTH characters, so a
 * password that can be set can always be sent through the login form.
 */
import { z } from 'zod';

/** Passwords shorter than this are refused when a user is created. */
export const MIN_PASSWORD_LENGTH = 10;
/**
 * The longest password, in characters. The login form's body limit (16 kB, URL-encoded) holds 1024 characters
 * even when every one is a 4-byte character (12 bytes encoded); argon2 hashes any length, so this is no weakness.
 */
export const MAX_PASSWORD_LENGTH = 1024;

const tooLong = `must be at most ${MAX_PASSWORD_LENGTH} characters`;

/** A new password (user creation, bootstrap admin). */
export const newPasswordSchema = z.string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, tooLong)
  .refine((p) => /\S/.test(p), 'must not be only spaces');

/** A password typed to sign in: anything a user could have set (so no minimum beyond "given"). */
export const loginPasswordSchema = z.string().min(1, 'enter your password').max(MAX_PASSWORD_LENGTH, tooLong);
