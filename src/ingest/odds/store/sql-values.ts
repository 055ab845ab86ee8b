/**
 * Helpers for the batch statements: rows go to PostgreSQL as parallel arrays through `unnest(...)`,
 * one round trip for any number of rows.
 */

/**
 * Our timestamp columns are `timestamp(3)` holding UTC (as Prisma writes them). A naive ISO string keeps the
 * value independent of the session's TimeZone, which a timestamptz cast would apply.
 */
export function utcText(date: Date): string {
  return date.toISOString().slice(0, -1);
}

/** As utcText, null-preserving. */
export function utcTextOrNull(date: Date | null): string | null {
  return date ? utcText(date) : null;
}

/** The provider name stored in OddsEvent.provider and ProviderStatus. */
export const ODDS_PROVIDER = 'the-odds-api';
