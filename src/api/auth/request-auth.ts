/** Who a request is from: set by loadSession on `req.auth` (null when anonymous), read by the guards. */
import type { RequestHandler, Request } from 'express';
import { AppError } from '../../core/errors.js';
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
  if (!user) throw new AppError('unauthorized', 'sign in or send an API token (Authorization: Bearer)', 401);
  return user;
}

/** 401 unless signed in (session or API token). */
export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.auth) return next(new AppError('unauthorized', 'sign in or send an API token (Authorization: Bearer)', 401));
  next();
};

/** 401 unless signed in, 403 unless an admin. */
export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (!req.auth) return next(new AppError('unauthorized', 'sign in or send an API token (Authorization: Bearer)', 401));
  if (req.auth.user.role !== 'admin') return next(new AppError('forbidden', 'this needs an admin account', 403));
  next();
};

/** The CSRF token to put in a form's hidden `_csrf` field or htmx's X-CSRF-Token header ('' when anonymous). */
export function csrfToken(req: Request): string {
  return req.auth?.session?.csrfSecret ?? '';
}
