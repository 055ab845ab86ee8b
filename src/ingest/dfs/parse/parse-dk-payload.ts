import type { z } from 'zod';
import { SalaryFileError } from './salary-file-error.js';
import { describeZodError } from '../../../core/validation/zod-problems.js';

/**
 * Validates a DraftKings JSON body against a schema; a mismatch (DK changed the format, an error page, garbage)
 * becomes one BAD_PAYLOAD error naming the endpoint and the first failing paths.
 */
export function parseDkPayload<S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = describeZodError(result.error, { max: 3, separator: ': ' });
  throw new SalaryFileError('BAD_PAYLOAD', `DraftKings ${what} response has an unexpected shape (${issues})`);
}

/** DK writes 7 fractional digits ("2022-09-25T17:00:00.0000000Z"); JS Date accepts it, but refuse non-dates loudly. */
export function parseDkTime(value: string, what: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new SalaryFileError('BAD_PAYLOAD', `DraftKings ${what} "${value}" is not a date`);
  return d;
}
