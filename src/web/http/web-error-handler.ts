/**
 * Errors on dashboard routes become pages, not JSON: an htmx request gets a small alert fragment (swapped where
 * the result would have gone), a browser gets the error page with the status. Unknown errors are a 500 with no
 * internals; the log gets the details.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../../core/logger.js';
import { AppError } from '../../core/errors.js';
import { csrfToken, currentUser } from '../../api/index.js';
import { fmt } from '../view-helpers.js';

const TITLES: Record<number, string> = { 400: 'Bad request', 401: 'Sign in needed', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 413: 'Too large', 429: 'Too many attempts' };

export function webErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const body = error as { type?: string };
    const appError = error instanceof AppError
      ? error
      : body.type === 'entity.too.large'
        ? new AppError('payload_too_large', 'the upload is too large')
        : new AppError('internal', 'something went wrong on our side; the error was logged');
    if (appError.status >= 500) logger.error({ err: error, path: req.path }, 'page failed');
    res.status(appError.status);
    if (req.get('HX-Request')) {
      // The fragment goes to the page's flash area, not into the table row or cell the request targeted.
      res.set({ 'HX-Retarget': '#flash', 'HX-Reswap': 'innerHTML' });
      res.render('partials/alert', { level: 'error', message: appError.message });
      return;
    }
    res.render('error', {
      title: TITLES[appError.status] ?? 'Error', status: appError.status, message: appError.message,
      user: currentUser(req), csrf: csrfToken(req), fmt, nav: '',
    });
  };
}
