/** Random secrets and their one-way digests: cookies, CSRF secrets and API tokens are stored only as SHA-256. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url (256 bits: not guessable, so a fast hash is enough to store it). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Hex SHA-256 of a secret: what the database keeps. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time string comparison (different lengths are unequal without leaking where they differ). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `value.signature` with an HMAC-SHA256 under `key`: a token only this deployment (SESSION_SECRET) can mint. */
export function signToken(key: string, value: string): string {
  return `${value}.${createHmac('sha256', key).update(value).digest('base64url')}`;
}

/** True when `token` was made by signToken under `key`. */
export function isSignedToken(key: string, token: string): boolean {
  const dot = token.lastIndexOf('.');
  return dot > 0 && safeEqual(token, signToken(key, token.slice(0, dot)));
}
