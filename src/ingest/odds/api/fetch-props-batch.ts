import { ProviderError } from '../../../core/http/provider-client.js';
import type { Sport } from '../../../core/site-rules.js';
import type { OddsClient, OddsFetch } from './create-odds-client.js';
import type { OddsEvent } from './parse-odds-events.js';

/** A few requests in flight: the provider allows bursts, and one slow response does not hold up the rest. */
const PROPS_CONCURRENCY = 4;

/**
 * Fetches the props of each event, a few at a time. An event that is gone (404) is noted and skipped; any other
 * fault stops the batch and is thrown (a 401/429 must not be repeated for every remaining event).
 */
export async function fetchPropsBatch(
  odds: OddsClient,
  sport: Sport,
  events: readonly OddsEvent[],
  markets: readonly string[],
): Promise<{ fetched: OddsFetch[]; notes: string[] }> {
  const fetched: OddsFetch[] = [];
  const notes: string[] = [];
  const queue = [...events];
  const worker = async (): Promise<void> => {
    for (let event = queue.shift(); event; event = queue.shift()) {
      try {
        fetched.push(await odds.fetchEventProps(sport, event.id, markets));
      } catch (error) {
        // An event taken off the board between the two calls is not a fault of the cycle.
        if (error instanceof ProviderError && error.status === 404) {
          notes.push(`props for ${event.id}: event no longer listed`);
          continue;
        }
        queue.length = 0;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PROPS_CONCURRENCY, events.length) }, worker));
  return { fetched, notes };
}

/**
 * Several responses as one: their events (once each: a props response repeats its event), quotes, the latest
 * capture time and the lowest quota reported.
 */
export function mergeFetches(fetches: readonly OddsFetch[]): OddsFetch {
  const withQuota = fetches.filter((f) => f.quota.remaining !== null);
  const lowest = [...withQuota].sort((a, b) => (a.quota.remaining ?? 0) - (b.quota.remaining ?? 0))[0];
  return {
    parsed: {
      events: [...new Map(fetches.flatMap((f) => f.parsed.events).map((e) => [e.id, e] as const)).values()],
      quotes: fetches.flatMap((f) => f.parsed.quotes),
      skipped: fetches.reduce((n, f) => n + f.parsed.skipped, 0),
      skipReasons: fetches.flatMap((f) => f.parsed.skipReasons),
    },
    quota: lowest?.quota ?? { remaining: null, used: null, last: null },
    fetchedAt: new Date(Math.max(...fetches.map((f) => f.fetchedAt.getTime()))),
  };
}
