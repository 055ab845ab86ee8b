import { createProviderClient, ProviderError } from '../../../core/http/provider-client.js';
import type { Sport } from '../../../core/site-rules.js';
import { GAME_MARKETS, ODDS_SPORT_KEYS } from '../sports.js';
import type { OddsFormat } from '../convert-price.js';
import { describeForeignPrices, findForeignPrices } from './check-price-format.js';
import { assertOddsShape } from './check-odds-shape.js';
import { parseOddsEvents, type ParsedOdds } from './parse-odds-events.js';
import { readQuota, type Quota } from './read-quota.js';

/** Provider name in errors, logs and ProviderStatus. */
export const ODDS_API = 'the-odds-api';

/**
 * Game lines come as decimal (finer than American integers for the no-vig maths); props as American, the way
 * books quote them. A response with prices of the other format is refused whole; the parser checks each price too.
 */
export const GAME_ODDS_FORMAT: OddsFormat = 'decimal';
export const PROPS_ODDS_FORMAT: OddsFormat = 'american';

export interface OddsClientOptions {
  baseUrl: string;
  apiKey: string;
  /** `regions` parameter, e.g. "us" or "us,us2": each region costs one credit per market. */
  regions: string;
  timeoutMs?: number;
}

/** One response: its parsed quotes and the quota reported with it. */
export interface OddsFetch {
  parsed: ParsedOdds;
  quota: Quota;
  fetchedAt: Date;
}

export interface OddsClient {
  /** `/v4/sports/{sport}/odds` with h2h, spreads and totals. */
  fetchGameOdds(sport: Sport): Promise<OddsFetch>;
  /** `/v4/sports/{sport}/events/{eventId}/odds` with player-prop markets. */
  fetchEventProps(sport: Sport, eventId: string, markets: readonly string[]): Promise<OddsFetch>;
}

/**
 * The Odds API v4 client. The key travels as the `apiKey` query parameter, which the provider client leaves out
 * of its error messages; nothing here logs a URL. Errors are ProviderErrors: 401 and 429 are not retryable.
 */
export function createOddsClient(options: OddsClientOptions): OddsClient {
  const http = createProviderClient({ provider: ODDS_API, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs });
  const get = async (path: string, query: Record<string, string>, format: OddsFormat, expect: 'array' | 'object'): Promise<OddsFetch> => {
    const response = await http.getJson<unknown>(path, { apiKey: options.apiKey, regions: options.regions, oddsFormat: format, dateFormat: 'iso', ...query });
    const isArray = Array.isArray(response.body);
    if ((expect === 'array') !== isArray || response.body === null || typeof response.body !== 'object') {
      throw new ProviderError(`${ODDS_API}: ${path} returned ${isArray ? 'an array' : typeof response.body}, expected ${expect === 'array' ? 'an array of events' : 'one event'}`, response.status, true, ODDS_API);
    }
    // A response in the other format is refused whole (not retried: the same request gets the same answer).
    const foreign = findForeignPrices(response.body, format);
    if (foreign.length > 0) {
      throw new ProviderError(`${ODDS_API}: ${describeForeignPrices(path, format, foreign)}`, response.status, false, ODDS_API, response.headers);
    }
    const parsed = parseOddsEvents(response.body, format);
    assertOddsShape(parsed, ODDS_API, path, response.status);
    return { parsed, quota: readQuota(response.headers), fetchedAt: new Date() };
  };
  return {
    fetchGameOdds: (sport) =>
      get(`/v4/sports/${ODDS_SPORT_KEYS[sport]}/odds`, { markets: GAME_MARKETS.join(',') }, GAME_ODDS_FORMAT, 'array'),
    fetchEventProps: (sport, eventId, markets) =>
      get(`/v4/sports/${ODDS_SPORT_KEYS[sport]}/events/${encodeURIComponent(eventId)}/odds`, { markets: markets.join(',') }, PROPS_ODDS_FORMAT, 'object'),
  };
}
