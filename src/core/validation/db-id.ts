/**
 * Row ids as the database holds them: PostgreSQL `integer` (int4) columns, so an id above 2147483647 can never
 * exist. Every route, form and query string that takes an id parses it here, so a huge id is a 400 naming the
 * field instead of a database error (a 500) when Prisma sends it to PostgreSQL.
 */
import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` column (and so of every id). */
export const MAX_DB_ID = 2_147_483_647;
/** The same bound for any other int4 column a request can write (salaries, counts). */
export const MAX_INT4 = MAX_DB_ID;

const tooLarge = `must be at most ${MAX_DB_ID}`;

/** An id in a JSON body: a positive integer that fits in `integer`. */
export const dbId = (): z.ZodNumber => z.number().int().positive().max(MAX_DB_ID, tooLarge);

/** An id in a path, query string or form field (text): coerced, then bounded like `dbId`. */
export const dbIdText = () => z.coerce.number({ error: 'must be a number' }).int().positive().max(MAX_DB_ID, tooLarge);

/** True when `value` is the decimal text of an id that can exist (digits only, 1..MAX_DB_ID). */
export function isDbIdText(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_DB_ID;
}
