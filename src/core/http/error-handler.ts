/**
 * The one error middleware of the process, for the API and the dashboard alike. AppErrors keep their code, message
 * and status; anything else is a 500 with no internals (the log gets the details). The answer's form follows the
 * request: /api and /healthz always get JSON (an htmx request a small HTML alert); other paths get the HTML page or
 * htmx fragment of the role that registered error pages (the dashboard), or JSON when the client asks for JSON or
 * no role serves pages.
 */
import type { Application, ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import { AppError } from '../errors.js';

/** How a role serving HTML shows an error: the whole page for a browser, a fragment for an htmx request. */
export interface ErrorPages {
  page(req: Request, res: Response, error: AppError): void;
  fragment(req: Request, res: Response, error: AppError): void;
}

// Kept per app rather than in a module variable: tests start several platforms in one process.
const pagesOf = new WeakMap<Application, ErrorPages>();

/** A role that serves pages (the dashboard) registers how its errors look; core knows nothing of its views. */
export function registerErrorPages(app: Application, pages: ErrorPages): void {
  pagesOf.set(app, pages);
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const MACHINE_PATH = /^\/(api|healthz)(\/|$)/;

/** What a thrown value becomes on the wire: body-parser's errors by their type, anything unknown a bare 500. */
function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new AppError('payload_too_large', 'the request body is too large');
  if (type === 'entity.parse.failed') return new AppError('invalid_json', 'the request body is not valid JSON');
  return new AppError('internal', 'something went wrong on our side; the error was logged');
}

type ErrorAnswer = 'json' | 'alert' | 'page' | 'page-fragment';

/** The form of the answer: by path first (machine paths are always machine-readable), then htmx, then Accept. */
function errorAnswerFor(req: Request, hasPages: boolean): ErrorAnswer {
  const pages = hasPages && !MACHINE_PATH.test(req.originalUrl.split('?')[0] ?? '');
  if (req.get('HX-Request')) return pages ? 'page-fragment' : 'alert';
  // No Accept header reads as "anything": a browser-like client gets the page.
  return pages && req.accepts(['html', 'json']) === 'html' ? 'page' : 'json';
}

/** The error middleware; `app` is where roles registered their error pages. */
function errorMiddleware(app: Application, logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = asAppError(error);
    if (appError.status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    res.status(appError.status);
    const pages = pagesOf.get(app);
    const answer = errorAnswerFor(req, pages !== undefined);
    if (answer === 'page' && pages) return pages.page(req, res, appError);
    if (answer === 'page-fragment' && pages) return pages.fragment(req, res, appError);
    if (answer === 'alert') {
      res.type('html').send(`<div class="error" role="alert">${escapeHtml(appError.message)}</div>`);
      return;
    }
    res.json({ error: { code: appError.code, message: appError.message, details: appError.details ?? null } });
  };
}

/** Installs the 404 fallback and the error middleware; call after every role has mounted its routes. */
export function installErrorHandling(app: Express, logger: Logger): void {
  const notFound: RequestHandler = (req, _res, next) => next(new AppError('not_found', `no route for ${req.method} ${req.path}`));
  app.use(notFound);
  app.use(errorMiddleware(app, logger));
}
