/** Renders a page or partial with what every template needs: the user, the CSRF token, formatters, the nav key. */
import type { Request, Response } from 'express';
import { csrfToken, currentUser } from '../../api/index.js';
import { AppError } from '../../core/errors.js';
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

/** A positive integer route parameter, or a 404 (so /slates/abc is "not found", not a crash). */
export function idParam(value: unknown, what: string): number {
  const id = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(id) || id <= 0) throw new AppError('not_found', `${what} ${String(value)} not found`, 404);
  return id;
}
