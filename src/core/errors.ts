/** The one error type that crosses module boundaries: a stable code, a message safe to show, an HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`, 404);

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
