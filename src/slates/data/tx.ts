import type { Db } from '../../core/db.js';

/** A transaction client (or the client itself): the store functions only run raw statements. */
export type Tx = Pick<Db, '$queryRaw' | '$executeRaw'>;

/** The client a `runSlateTransaction` callback gets. */
export type SlateTx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Runs `work` in one transaction: a slate import writes teams, games, the slate, players and rows together or
 * not at all. The bounds fit a thousand-row showdown slate on a slow disk (the default 5 s does not).
 */
export function runSlateTransaction<T>(db: Db, work: (tx: SlateTx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { timeout: 60_000, maxWait: 10_000 });
}

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
