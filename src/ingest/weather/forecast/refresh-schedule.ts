const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * How often a game's forecast is refreshed, by time left to kickoff. Forecasts change most (and matter most
 * for lineups) in the last hours, while far-out forecasts barely move and providers ask for restraint.
 * The tightest step matches the default INGEST_WEATHER_CRON (every 30 minutes); a faster cron does not
 * fetch more often than these steps.
 */
export const REFRESH_STEPS: readonly { untilKickoffMs: number; everyMs: number }[] = [
  { untilKickoffMs: 3 * HOUR_MS, everyMs: 30 * MINUTE_MS },
  { untilKickoffMs: 12 * HOUR_MS, everyMs: HOUR_MS },
  { untilKickoffMs: 48 * HOUR_MS, everyMs: 3 * HOUR_MS },
  { untilKickoffMs: Number.POSITIVE_INFINITY, everyMs: 12 * HOUR_MS },
];

/** Refresh interval for a game kicking off at `kickoff`, seen at `now`; null once the game has started. */
export function refreshIntervalMs(kickoff: Date, now: Date): number | null {
  const left = kickoff.getTime() - now.getTime();
  if (left <= 0) return null;
  const step = REFRESH_STEPS.find((s) => left <= s.untilKickoffMs);
  return step ? step.everyMs : null;
}

/**
 * True when a game needs a new forecast: never fetched, or the last fetch is older than the interval for
 * its current distance to kickoff. A small slack keeps a 15-minute cron from skipping every other run
 * because the previous fetch landed a few seconds late.
 */
export function isForecastDue(kickoff: Date, lastFetchedAt: Date | null, now: Date): boolean {
  const every = refreshIntervalMs(kickoff, now);
  if (every === null) return false;
  if (lastFetchedAt === null) return true;
  const slackMs = Math.min(2 * MINUTE_MS, every / 10);
  return now.getTime() - lastFetchedAt.getTime() >= every - slackMs;
}
