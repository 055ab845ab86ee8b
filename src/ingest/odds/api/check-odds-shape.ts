/**
 * A response of the wrong shape is a fault, not a poll with "skipped" entries. Single malformed entries are
 * skipped and their siblings kept (parseOddsEvents), but when a response had entries and not one usable quote
 * came out of them (another endpoint's body, a changed format), storing nothing and reporting `status: ok` would
 * hide it: it is a ProviderError (retryable, like other garbage bodies) naming the path and the first reason.
 */
import { ProviderError } from '../../../core/http/provider-client.js';
import type { ParsedOdds } from './parse-odds-events.js';

export function assertOddsShape(parsed: ParsedOdds, provider: string, path: string, status: number): void {
  if (parsed.skipped === 0 || parsed.quotes.length > 0) return;
  const what = parsed.events.length === 0 ? 'no entry is an odds event' : `none of its ${parsed.events.length} events has a usable price`;
  throw new ProviderError(
    `${provider}: ${path} answered in an unexpected shape: ${parsed.skipped} entries skipped and ${what} (first: ${parsed.skipReasons[0] ?? 'unknown'})`,
    status, true, provider,
  );
}
