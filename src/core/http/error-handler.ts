/**
 * The one error middleware: AppErrors keep their code, message and status; anything else is a 500 with no
 * internals. htmx requests (HX-Request header) get an HTML fragment, everything else JSON.
 */
import type { ErrorRequestHandler, Express, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { AppError } from '../errors.js';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Installs the 404 fallback and the error middleware; call after every role has mounted its routes. */
export function installErrorHandling(app: Express, logger: Logger): void {
  const notFound: RequestHandler = (req, _res, next) => next(new AppError('not_found', `no route for ${req.method} ${req.path}`));
  const handler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const bodyError = error as { type?: string; status?: number };
    const appError = error instanceof AppError
      ? error
      : bodyError.type === 'entity.too.large'
        ? new AppError('payload_too_large', 'the request body is too large')
        : bodyError.type === 'entity.parse.failed'
          ? new AppError('invalid_json', 'the request body is not valid JSON')
          : new AppError('internal', 'internal server error');
    if (appError.status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    res.status(appError.status);
    if (req.get('HX-Request')) {
      res.type('html').send(`<div class="error" role="alert">${escapeHtml(appError.message)}</div>`);
    } else {
      res.json({ error: { code: appError.code, message: appError.message, details: appError.details ?? null } });
    }
  };
  app.use(notFound);
  app.use(handler);
}
