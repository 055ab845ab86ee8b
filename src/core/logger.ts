/** Structured logging (pino): one JSON line per event, with the role or job as bindings. */
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Creates the root logger; secrets are redacted wherever they appear in bindings. The CLI logs to stderr so that
 * stdout carries only its result.
 */
export function createLogger(level: string = 'info', options: { stderr?: boolean } = {}): Logger {
  return pino(
    {
      level,
      redact: { paths: ['*.apiKey', '*.token', '*.password', 'apiKey', 'token', 'password', 'headers.authorization'], censor: '[redacted]' },
    },
    pino.destination(options.stderr ? 2 : 1),
  );
}
