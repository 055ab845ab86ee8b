/**
 * How dashboard errors look (the platform's one error middleware decides when: see core/http/error-handler.ts):
 * an htmx request gets a small alert fragment swapped into the page's flash area, a browser the error page with
 * the status. Rendered with the dashboard's own views, so the platform's app needs no view engine.
 */
import type { Express, Request, Response } from 'express';
import type { AppError } from '../../core/errors.js';
import type { ErrorPages } from '../../core/http/error-handler.js';
import { csrfToken, currentUser } from '../../api/index.js';
import { fmt } from '../view-helpers.js';

const TITLES: Record<number, string> = { 400: 'Bad request', 401: 'Sign in needed', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 413: 'Too large', 415: 'Not accepted', 422: 'Cannot do that', 429: 'Too many attempts' };

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function render(web: Express, res: Response, view: string, locals: Record<string, unknown>, message: string): void {
  web.render(view, locals, (error: Error | null, html?: string) => {
    // A view that cannot render must still answer: the message alone, escaped.
    if (error || html === undefined) res.type('html').send(`<p class="alert error" role="alert">${escapeHtml(message)}</p>`);
    else res.type('html').send(html);
  });
}

export function webErrorPages(web: Express): ErrorPages {
  return {
    fragment(_req: Request, res: Response, error: AppError): void {
      // The fragment goes to the page's flash area, not into the table row or cell the request targeted.
      res.set({ 'HX-Retarget': '#flash', 'HX-Reswap': 'innerHTML' });
      render(web, res, 'partials/alert', { level: 'error', message: error.message }, error.message);
    },
    page(req: Request, res: Response, error: AppError): void {
      render(web, res, 'error', {
        title: TITLES[error.status] ?? 'Error', status: error.status, message: error.message,
        user: currentUser(req), csrf: csrfToken(req), fmt, nav: '',
      }, error.message);
    },
  };
}
