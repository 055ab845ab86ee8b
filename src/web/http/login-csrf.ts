/**
 * CSRF for the login form itself. The API's CSRF check covers signed-in sessions; an anonymous form has no
 * session to bind a token to, so the login page uses a double-submit token: a random value in a SameSite=Strict
 * cookie and the same value in the hidden `_csrf` field. A cross-site page can post the form but cannot read or
 * set the cookie, so it cannot log a victim into the attacker's account.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

const COOKIE = 'sd_login_csrf';

/** Issues (or reuses) the token and returns it for the form. */
export function issueLoginCsrf(req: Request, res: Response, secure: boolean): string {
  const existing = readCookie(req);
  const token = existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomBytes(32).toString('base64url');
  res.cookie(COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/login', maxAge: 3600_000 });
  return token;
}

/** True when the posted `_csrf` matches the cookie. */
export function checkLoginCsrf(req: Request, posted: unknown): boolean {
  const cookie = readCookie(req);
  if (!cookie || typeof posted !== 'string') return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(posted);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
