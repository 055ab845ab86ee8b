/** Shared arrangements for the ingest-odds integration tests: recorded payloads, a config, a captured log. */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/core/logger.js';
import { FIXTURES_DIR } from '../support/fixture-server.js';

export const NFL_ODDS_PATH = '/v4/sports/americanfootball_nfl/odds';
export const GAME_ODDS_FILE = 'odds/theoddsapi_v4_odds_nfl_h2h_spreads_totals_decimal_2026-10-04_TRIMMED2events.json';
export const PROPS_FILE = 'odds/theoddsapi_v4_event_odds_nfl_player_props_american_2026-10-04_TRIMMED1event3books.json';
/** The key tests configure; it must never show up in a log line or a stored error. */
export const SECRET_KEY = 'sk-test-4f1b9c0d2e7a';

/** Quota headers as The Odds API sends them. */
export const quotaHeaders = (remaining: number, used: number) => ({
  'x-requests-remaining': String(remaining), 'x-requests-used': String(used), 'x-requests-last': '3',
});

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}/${file}`, 'utf8')) as T;
}

interface RawOutcome { name: string; price: number; point?: number; description?: string }
interface RawMarket { key: string; last_update?: string; outcomes: RawOutcome[] }
interface RawBook { key: string; title?: string; last_update?: string; markets: RawMarket[] }
export interface RawEvent { id: string; sport_key: string; commence_time: string; home_team: string; away_team: string; bookmakers: RawBook[] }

/** The recorded `/odds` payload (2 events, 6 books). */
export const gameOdds = (): RawEvent[] => readJson<RawEvent[]>(GAME_ODDS_FILE);

/**
 * The recorded `/events/{id}/odds` response: the collector wrapped raw responses in `{fetched, remaining, events[]}`;
 * `events[0]` is the provider's body as received.
 */
export const propsEvent = (): RawEvent => readJson<{ events: RawEvent[] }>(PROPS_FILE).events[0] as RawEvent;

/** A logger whose lines are kept in memory, to assert what was (not) logged. */
export function captureLogger(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return { logger: pino({ level: 'debug' }, stream), text: () => chunks.join('') };
}

/** Finds one outcome of a raw payload to move it. */
export function outcomeOf(events: RawEvent[], eventId: string, book: string, market: string, name: string): RawOutcome {
  const outcome = events.find((e) => e.id === eventId)?.bookmakers.find((b) => b.key === book)
    ?.markets.find((m) => m.key === market)?.outcomes.find((o) => o.name === name);
  if (!outcome) throw new Error(`no ${book} ${market} ${name} in ${eventId}`);
  return outcome;
}
