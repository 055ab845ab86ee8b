import { statusOf, type AppErrorCode } from './error-codes.js';

export { ERROR_STATUS, type AppErrorCode } from './error-codes.js';

/**
 * The one error type that crosses module boundaries: a code from the AppErrorCode union (a typo fails the
 * typecheck), a message written for the user, and the HTTP status the code maps to in ERROR_STATUS. `details` is
 * structured data a client can act on (the bad fields, the upload id); an object, so a status number left over
 * from the old `(code, message, status)` form fails the typecheck instead of landing in details.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: object,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusOf(code);
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);

/** True for errors a caller may show to a user as they are. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A one-line description of any thrown value, for logs and job failure records. Some errors carry no message of
 * their own (an AggregateError from a connection tried on IPv4 and IPv6, a bare `new Error()`): those are told by
 * their code, their inner errors or their name rather than as an empty string.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const line = error.message.split('\n')[0]?.trim();
  if (line) return line;
  if (error instanceof AggregateError && error.errors.length) {
    return `${error.name}: ${[...new Set(error.errors.map(describeError))].join('; ')}`;
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
