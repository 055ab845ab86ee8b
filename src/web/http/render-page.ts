/** Renders a page or partial with what every template needs: the user, the CSRF token, formatters, the nav key. */
import type { Request, Response } from 'express';
import { csrfToken, currentUser } from '../../api/index.js';
import { AppError } from '../../core/errors.js';
import { isDbIdText, MAX_DB_ID } from '../../core/validation/db-id.js';
import { fmt } from '../view-helpers.js';

/** True for htmx requests that asked for a fragment (not a boosted full-page navigation). */
export function wantsFragment(req: Request): boolean {
  return Boolean(req.get('HX-Request')) && !req.get('HX-Boosted');
}

/** After a successful form post: htmx gets HX-Redirect (it navigates itself), a plain form a 303 to the target. */
export function redirectAfterPost(req: Request, res: Response, target: string): void {
  if (wantsFragment(req)) res.set('HX-Redirect', target).status(204).end();
  else res.redirect(303, target);
}

export function renderPage(req: Request, res: Response, view: string, locals: Record<string, unknown> & { title: string; nav?: string }): void {
  res.render(view, { nav: '', ...locals, user: currentUser(req), csrf: csrfToken(req), fmt });
}

/**
 * A positive integer route parameter, or a 404 (so /slates/abc is "not found", not a crash). A number too large
 * to be any id (the database's ids are int4) is a 400 naming it rather than a database error.
 */
export function idParam(value: unknown, what: string): number {
  if (isDbIdText(value)) return Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) > MAX_DB_ID) throw idTooLarge(`${what} id`);
  throw new AppError('not_found', `${what} ${String(value)} not found`);
}

const idTooLarge = (field: string): AppError =>
  new AppError('invalid_request', `${field} must be at most ${MAX_DB_ID}`, { problems: [{ field, message: `must be at most ${MAX_DB_ID}` }] });

/**
 * An optional id in the query string (`?set=12`): null when absent or not a number (the page shows its default),
 * a 400 naming the parameter when the number is too large to be any id.
 */
export function queryId(value: unknown, name: string): number | null {
  if (isDbIdText(value)) return Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) > MAX_DB_ID) throw idTooLarge(name);
  return null;
}
