import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import { AppError, describeError } from '../../core/errors.js';
import { ProviderError } from '../../core/http/provider-client.js';
import type { Logger } from '../../core/logger.js';
import type { Sport } from '../../core/site-rules.js';
import { createOddsClient, type OddsClient, type OddsFetch } from './api/create-odds-client.js';
import { fetchPropsBatch, mergeFetches } from './api/fetch-props-batch.js';
import { canAffordProps, readQuota, type Quota } from './api/read-quota.js';
import type { PollStatus } from './schedule/decide-poll.js';
import { DEFAULT_PROP_MARKETS } from './sports.js';
import { finishPollRecord, startPollRecord, type PollRecord } from './store/record-poll.js';
import { storeOddsFetch, type UnmatchedEvent, type UnmatchedPlayer } from './store/store-odds-fetch.js';

/** What one poll cycle did; also the job's output and the `ingest odds --once` summary. */
export interface PollSummary {
  status: PollStatus;
  sports: Sport[];
  eventsSeen: number;
  quotesSeen: number;
  pricesStored: number;
  gameLinesStored: number;
  propLinesStored: number;
  propEventsFetched: number;
  /** Malformed entries skipped (their siblings were kept). */
  skipped: number;
  unmatchedEvents: UnmatchedEvent[];
  unmatchedPlayers: UnmatchedPlayer[];
  requestsRemaining: number | null;
  requestsUsed: number | null;
  notes: string[];
  error: string | null;
}

const REPORT_LIMIT = 50;

/**
 * One poll: per configured sport, the game lines, then props for events starting within the props window while the
 * quota allows; each sport's responses are stored together (game lines also when the props pass failed). A 401/429 (or any other fault a retry cannot fix) ends the
 * cycle with that status and is not thrown, so the job is not retried; the scheduler backs off instead.
 * Retryable faults (5xx, network, garbage bodies) are recorded and thrown for pg-boss to retry with backoff.
 */
export async function runPollCycle(
  ctx: { db: Db; config: Config; logger: Logger },
  trigger: string,
  options: { client?: OddsClient; now?: () => Date } = {},
): Promise<PollSummary> {
  const { db, config, logger } = ctx;
  const clock = options.now ?? (() => new Date());
  const apiKey = config.ODDS_API_KEY;
  if (!apiKey) throw new AppError('odds_api_key_missing', 'ODDS_API_KEY is not set: ingest-odds has nothing to poll with');
  const odds = options.client ?? createOddsClient({ baseUrl: config.ODDS_API_URL, apiKey, regions: config.ODDS_REGIONS });
  const summary: PollSummary = {
    status: 'ok', sports: [...config.ODDS_SPORTS], eventsSeen: 0, quotesSeen: 0, pricesStored: 0, gameLinesStored: 0,
    propLinesStored: 0, propEventsFetched: 0, skipped: 0, unmatchedEvents: [], unmatchedPlayers: [],
    requestsRemaining: null, requestsUsed: null, notes: [], error: null,
  };
  const skipReasons: string[] = [];
  let quota: Quota | null = null;
  const pollId = await startPollRecord(db, trigger, clock());

  const ingest = async (sport: Sport, fetched: OddsFetch): Promise<void> => {
    if (fetched.quota.remaining !== null) quota = fetched.quota;
    summary.requestsRemaining = quota?.remaining ?? summary.requestsRemaining;
    summary.requestsUsed = quota?.used ?? summary.requestsUsed;
    summary.skipped += fetched.parsed.skipped;
    skipReasons.push(...fetched.parsed.skipReasons);
    summary.quotesSeen += fetched.parsed.quotes.length;
    const outcome = await storeOddsFetch(db, sport, { ...fetched.parsed, fetchedAt: fetched.fetchedAt });
    summary.pricesStored += outcome.pricesStored;
    summary.gameLinesStored += outcome.gameLinesStored;
    summary.propLinesStored += outcome.propLinesStored;
    summary.unmatchedEvents.push(...outcome.unmatchedEvents);
    summary.unmatchedPlayers.push(...outcome.unmatchedPlayers);
  };

  try {
    for (const sport of config.ODDS_SPORTS) {
      if (quota !== null && (quota as Quota).remaining === 0) {
        summary.notes.push(`quota exhausted: ${sport} and later sports not polled`);
        break;
      }
      const games = await odds.fetchGameOdds(sport);
      if (games.quota.remaining !== null) quota = games.quota;
      summary.eventsSeen += games.parsed.events.length;
      let props: OddsFetch[] = [];
      let propsFault: { error: unknown } | null = null;
      try {
        props = await fetchProps(sport, games);
      } catch (error) {
        propsFault = { error };
      }
      // Game lines and props go to one store (one matching pass, one transaction). The game lines are stored even
      // when the props pass failed; the failure is then handled like any other.
      await ingest(sport, mergeFetches([games, ...props]));
      if (propsFault) throw propsFault.error;
    }
  } catch (error) {
    summary.error = describeError(error);
    if (error instanceof ProviderError) {
      // A 429 still says how many credits are left (often 0): the next decision must see it, not the last good one.
      const fromError = readQuota(error.headers);
      if (fromError.remaining !== null) summary.requestsRemaining = fromError.remaining;
      if (fromError.used !== null) summary.requestsUsed = fromError.used;
    }
    summary.status = error instanceof ProviderError && error.status === 401 ? 'auth_failed'
      : error instanceof ProviderError && error.status === 429 ? 'rate_limited' : 'failed';
    await finishPollRecord(db, pollId, toRecord(summary, skipReasons));
    const retryable = !(error instanceof ProviderError) || error.retryable;
    logger.error({ status: summary.status, err: summary.error, retryable }, 'odds poll failed');
    if (retryable) throw error;
    return summary;
  }
  await finishPollRecord(db, pollId, toRecord(summary, skipReasons));
  logger.info({ ...summary, unmatchedEvents: summary.unmatchedEvents.length, unmatchedPlayers: summary.unmatchedPlayers.length }, 'odds poll done');
  return summary;

  async function fetchProps(sport: Sport, games: OddsFetch): Promise<OddsFetch[]> {
    const windowMs = config.ODDS_PROPS_WINDOW_HOURS * 3_600_000;
    if (windowMs === 0) return [];
    const now = clock().getTime();
    const upcoming = games.parsed.events.filter((e) => e.commenceTime.getTime() > now && e.commenceTime.getTime() <= now + windowMs);
    if (upcoming.length === 0) return [];
    const markets = DEFAULT_PROP_MARKETS[sport];
    const regions = config.ODDS_REGIONS.split(',').length;
    const cost = upcoming.length * markets.length * regions;
    if (!canAffordProps(quota, cost, config.ODDS_QUOTA_RESERVE)) {
      summary.notes.push(`${sport} props skipped: ~${cost} credits needed, ${quota?.remaining ?? '?'} left, reserve ${config.ODDS_QUOTA_RESERVE}`);
      return [];
    }
    const { fetched, notes } = await fetchPropsBatch(odds, sport, upcoming, markets);
    summary.notes.push(...notes);
    summary.propEventsFetched += fetched.length;
    return fetched;
  }
}

function toRecord(summary: PollSummary, skipReasons: string[]): PollRecord {
  return {
    status: summary.status,
    requestsRemaining: summary.requestsRemaining,
    requestsUsed: summary.requestsUsed,
    eventsSeen: summary.eventsSeen,
    quotesSeen: summary.quotesSeen,
    pricesStored: summary.pricesStored,
    skipped: summary.skipped,
    unmatchedEvents: summary.unmatchedEvents.length,
    unmatchedPlayers: summary.unmatchedPlayers.length,
    report: {
      skipReasons: skipReasons.slice(0, REPORT_LIMIT),
      unmatchedEvents: summary.unmatchedEvents.slice(0, REPORT_LIMIT).map((e) => ({ ...e })),
      unmatchedPlayers: summary.unmatchedPlayers.slice(0, REPORT_LIMIT).map((p) => ({ ...p })),
      notes: summary.notes,
    },
    error: summary.error,
  };
}
