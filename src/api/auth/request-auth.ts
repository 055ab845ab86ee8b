/** Who a request is from: set by loadSession on `req.auth` (null when anonymous), read by the guards. */
import type { RequestHandler, Request } from 'express';
import { AppError } from '../../core/errors.js';
import { isSignedToken, randomSecret, signToken } from './secrets.js';
import type { PublicUser } from './users.js';

export interface RequestAuth {
  user: PublicUser;
  /** A browser session (cookie; CSRF applies) or an API token (Authorization: Bearer; no CSRF). */
  via: 'session' | 'token';
  session: { id: string; csrfSecret: string } | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** undefined before loadSession ran, null for an anonymous request. */
      auth?: RequestAuth | null;
    }
  }
}

/** The signed-in user of a request, or null. */
export function currentUser(req: Request): PublicUser | null {
  return req.auth?.user ?? null;
}

/** The signed-in user, or a 401. Use-cases call this instead of trusting a middleware order. */
export function userOf(req: Request): PublicUser {
  const user = req.auth?.user;
  if (!user) throw new AppError('unauthorized', 'sign in or send an API token (Authorization: Bearer)');
  return user;
}

/** 401 unless signed in (session or API token). */
export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.auth) return next(new AppError('unauthorized', 'sign in or send an API token (Authorization: Bearer)'));
  next();
};

/** 401 unless signed in, 403 unless an admin. */
export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (!req.auth) return next(new AppError('unauthorized', 'sign in or send an API token (Authorization: Bearer)'));
  if (req.auth.user.role !== 'admin') return next(new AppError('forbidden', 'this needs an admin account'));
  next();
};

/** Cookie holding the CSRF token of an anonymous browser (the login form), double-submit style. */
export const ANON_CSRF_COOKIE = 'sd_csrf';

/** res.locals key under which loadSession leaves the CSRF signing key (SESSION_SECRET) for csrfToken. */
export const CSRF_KEY_LOCAL = 'csrfSigningKey';

/**
 * The CSRF token to put in a form's hidden `_csrf` field or htmx's X-CSRF-Token header. Signed in: the session's
 * secret. Anonymous (the login form): a random token signed with SESSION_SECRET, also set as the `sd_csrf` cookie
 * (signed double submit): a cookie planted by a neighbouring subdomain cannot pass, as only we can sign one.
 * Before loadSession has run (an error page) there is no key and anonymous forms get no token.
 */
export function csrfToken(req: Request): string {
  if (req.auth?.session) return req.auth.session.csrfSecret;
  if (req.auth?.via === 'token') return '';
  const key: unknown = req.res?.locals[CSRF_KEY_LOCAL];
  if (typeof key !== 'string') return '';
  let token = anonymousTokens.get(req) ?? signedAnonCsrfCookie(req, key);
  if (!token) {
    token = signToken(key, randomSecret());
    req.res?.cookie(ANON_CSRF_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
  }
  anonymousTokens.set(req, token);
  return token;
}

const anonymousTokens = new WeakMap<Request, string>();

/** The anonymous CSRF cookie when this deployment signed it (`key`); a planted or stale one reads as absent. */
export function signedAnonCsrfCookie(req: Request, key: string): string | undefined {
  const cookie = readCookie(req, ANON_CSRF_COOKIE);
  return cookie && isSignedToken(key, cookie) ? cookie : undefined;
}

/** One cookie from the request's Cookie header. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
