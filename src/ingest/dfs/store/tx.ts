import type { Db } from '../../../core/db.js';

/** A transaction client (or the client itself): the store functions only run raw statements. */
export type Tx = Pick<Db, '$queryRaw' | '$executeRaw'>;

/**
 * Timestamp columns are `timestamp(3)` holding UTC (as Prisma writes them); a naive ISO string keeps a value
 * independent of the session time zone.
 */
export function utcText(date: Date): string {
  return date.toISOString().slice(0, -1);
}

export function utcTextOrNull(date: Date | null): string | null {
  return date ? utcText(date) : null;
}
