/**
 * Guards for pages: an anonymous page request goes to /login (with where it wanted to go); an anonymous htmx
 * request gets HX-Redirect so the whole page moves instead of a login form landing inside a table cell.
 * Admin pages then use the API's requireAdmin (403 for users).
 */
import type { RequestHandler } from 'express';

/** A local path to come back to after login; anything else (other hosts, protocol-relative) becomes "/". */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}

export const requirePageUser: RequestHandler = (req, res, next) => {
  if (req.auth) return next();
  const target = `/login?next=${encodeURIComponent(safeNext(req.originalUrl))}`;
  if (req.get('HX-Request')) {
    res.set('HX-Redirect', target).status(401).send('');
    return;
  }
  res.redirect(303, target);
};
