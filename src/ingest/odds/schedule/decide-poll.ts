import { intervalForKickoff, type PollSchedule } from './parse-poll-schedule.js';

/** Outcome of the last poll attempt, as stored (see OddsPoll). */
export type PollStatus = 'ok' | 'auth_failed' | 'rate_limited' | 'failed' | 'skipped';

/** What the scheduler knows when it decides whether to enqueue a poll. */
export interface PollState {
  lastAttemptAt: Date | null;
  lastStatus: PollStatus | null;
  /** Credits left according to the last response with quota headers. */
  remaining: number | null;
}

/** The scheduler's decision, with the reason it logs. */
export interface PollDecision {
  due: boolean;
  intervalMinutes: number;
  reason: string;
}

const TICK_SLACK_MINUTES = 0.5;

/** A rejected key stays rejected until someone fixes it: try again at most hourly. */
export const AUTH_BACKOFF_MINUTES = 60;
/** After a 429 (too many requests, or the period's credits are gone) wait this long before the next request. */
export const RATE_LIMIT_BACKOFF_MINUTES = 15;

/**
 * Decides whether a poll is due now. The interval tightens as the next kickoff nears; a low quota
 * widens it to the default interval; a 401 or 429 widens it further, so neither is ever retried in a loop.
 */
export function decidePoll(input: {
  now: Date;
  nextKickoff: Date | null;
  state: PollState;
  schedule: PollSchedule;
  quotaReserve: number;
}): PollDecision {
  const { now, state, schedule } = input;
  let interval = intervalForKickoff(schedule, input.nextKickoff, now);
  let reason = input.nextKickoff ? `next kickoff ${input.nextKickoff.toISOString()}` : 'no upcoming kickoff known';
  if (state.remaining !== null && state.remaining < input.quotaReserve) {
    interval = Math.max(interval, schedule.defaultMinutes);
    reason = `quota low (${state.remaining} requests left, reserve ${input.quotaReserve})`;
  }
  if (state.lastStatus === 'auth_failed') {
    interval = Math.max(interval, AUTH_BACKOFF_MINUTES);
    reason = 'API key rejected (401) on the last attempt';
  } else if (state.lastStatus === 'rate_limited') {
    interval = Math.max(interval, RATE_LIMIT_BACKOFF_MINUTES);
    reason = 'rate limited (429) on the last attempt';
  }
  if (!state.lastAttemptAt) return { due: true, intervalMinutes: interval, reason };
  const elapsedMinutes = (now.getTime() - state.lastAttemptAt.getTime()) / 60_000;
  // Cron ticks and job pickup jitter by seconds: a poll 4m58s after the last one is on time for a 5m interval.
  return { due: elapsedMinutes >= interval - TICK_SLACK_MINUTES, intervalMinutes: interval, reason };
}
