/**
 * The HTTP side of authentication, shared by the API and the dashboard: one `Auth` per database client, so both
 * roles in one process share the login rate limiter.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { authenticateToken } from './api-tokens.js';
import { login as loginUseCase } from './login.js';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './login-limiter.js';
import { CSRF_KEY_LOCAL, readCookie, signedAnonCsrfCookie, type RequestAuth } from './request-auth.js';
import { randomSecret, safeEqual, sha256 } from './secrets.js';
import { deleteSession, findSession, SESSION_COOKIE } from './sessions.js';
import type { PublicUser } from './users.js';

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Auth {
  /** Sets req.auth from `Authorization: Bearer` (an invalid token is a 401) or the session cookie. Idempotent. */
  loadSession: RequestHandler;
  /** Refuses (403) unsafe methods of cookie sessions without the session's token in `_csrf` or X-CSRF-Token. */
  verifyCsrf: RequestHandler;
  /** Checks credentials (rate limited), opens a session and sets its cookie. */
  login(req: Request, res: Response, email: string, password: string): Promise<PublicUser>;
  /** Ends the request's session and clears the cookie. */
  logout(req: Request, res: Response): Promise<void>;
  limiter: LoginLimiter;
}

function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError('unauthorized', 'the Authorization header must be "Bearer <token>"');
  return match[1];
}

/** Creates the auth middleware and use-cases for one database. */
export function createAuth(deps: { db: Db; config: Config; limits?: LoginLimits }): Auth {
  const { db } = deps;
  const limiter = new LoginLimiter(deps.limits ?? DEFAULT_LOGIN_LIMITS);
  // Secure exactly when the request came over TLS (directly, or via a proxy TRUST_PROXY trusts): a Secure cookie
  // set over plain http:// (Compose on a LAN) is never sent back, so the login would silently not stick.
  const secure = (req: Request): boolean => req.secure;
  // Signs the login form's CSRF cookie. Production requires SESSION_SECRET so that every container (the dashboard
  // and the API may be separate) signs alike; without it (development, one process) a per-process key serves.
  const csrfKey = deps.config.SESSION_SECRET ?? randomSecret();

  const loadSession: RequestHandler = async (req, res, next) => {
    res.locals[CSRF_KEY_LOCAL] = csrfKey;
    if (req.auth !== undefined) return next();
    try {
      const token = bearerToken(req);
      if (token !== undefined) {
        const user = await authenticateToken(db, token);
        if (!user) throw new AppError('unauthorized', 'the API token is unknown or revoked');
        req.auth = { user, via: 'token', session: null } satisfies RequestAuth;
        return next();
      }
      const cookie = readCookie(req, SESSION_COOKIE);
      const session = cookie ? await findSession(db, cookie) : null;
      if (cookie && !session) res.clearCookie(SESSION_COOKIE, { path: '/' });
      req.auth = session ? { user: session.user, via: 'session', session: { id: session.id, csrfSecret: session.csrfSecret } } : null;
      next();
    } catch (error) {
      next(error);
    }
  };

  const verifyCsrf: RequestHandler = (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || req.auth?.via === 'token') return next();
    let expected: string | undefined;
    if (req.auth?.session) {
      expected = req.auth.session.csrfSecret;
    } else {
      // Anonymous JSON posts (scripts logging in) cannot be forged cross-site: a JSON content type needs a CORS
      // preflight this server never grants. Anonymous form posts (the login form) use the double-submit cookie.
      if (req.is('application/json')) return next();
      expected = signedAnonCsrfCookie(req, csrfKey);
    }
    const body: unknown = req.body;
    const fromBody = body && typeof body === 'object' && CSRF_FIELD in body ? (body as Record<string, unknown>)[CSRF_FIELD] : undefined;
    const sent = req.get(CSRF_HEADER) ?? (typeof fromBody === 'string' ? fromBody : undefined);
    if (!expected || !sent || !safeEqual(sent, expected)) {
      return next(new AppError('csrf_failed', 'the form is out of date or was not sent by this site; reload the page and try again'));
    }
    next();
  };

  return {
    loadSession,
    verifyCsrf,
    limiter,
    async login(req, res, email, password) {
      const { user, session } = await loginUseCase(db, limiter, { email, password, ip: req.ip ?? 'unknown' });
      res.cookie(SESSION_COOKIE, session.cookieValue, {
        httpOnly: true, sameSite: 'lax', secure: secure(req), path: '/', expires: session.expiresAt,
      });
      req.auth = { user, via: 'session', session: { id: sha256(session.cookieValue), csrfSecret: session.csrfSecret } };
      return user;
    },
    async logout(req, res) {
      if (req.auth?.session?.id) await deleteSession(db, req.auth.session.id);
      res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(req) });
      req.auth = null;
    },
  };
}

const shared = new WeakMap<Db, Auth>();

/** The process's Auth for a database client (created on first use): the API and dashboard share it. */
export function getAuth(db: Db, config: Config): Auth {
  let auth = shared.get(db);
  if (!auth) {
    auth = createAuth({ db, config });
    shared.set(db, auth);
  }
  return auth;
}
