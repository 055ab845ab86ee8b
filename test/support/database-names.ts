/** Names and URLs of the test databases. */
/** Each test run's template database is named with this prefix and a random suffix. */
export const TEMPLATE_PREFIX = 'sportsdata_template_';

/** The same server URL pointing at another database. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
