import { describe, expect, it } from 'vitest';
import { decidePoll, type PollState } from './decide-poll.js';
import { intervalForKickoff, parsePollSchedule } from './parse-poll-schedule.js';

const schedule = parsePollSchedule('default=180m,24h=60m,6h=15m,1h=5m');
const now = new Date('2026-10-04T12:00:00Z');
const hoursFromNow = (h: number): Date => new Date(now.getTime() + h * 3_600_000);
const minutesAgo = (m: number): Date => new Date(now.getTime() - m * 60_000);
const fresh: PollState = { lastAttemptAt: null, lastStatus: null, remaining: null };

describe('parsePollSchedule', () => {
  it('when the schedule is valid, then tiers are sorted tightest first', () => {
    expect(parsePollSchedule('default=120m, 1h=2m, 24h=30m')).toEqual({
      defaultMinutes: 120,
      tiers: [{ withinHours: 1, everyMinutes: 2 }, { withinHours: 24, everyMinutes: 30 }],
    });
  });

  it('when the schedule is garbled, then the error shows the expected shape', () => {
    expect(() => parsePollSchedule('every 5 minutes')).toThrow(/default=180m/);
    expect(() => parsePollSchedule('default=0m')).toThrow(/at least 1 minute/);
  });
});

describe('intervalForKickoff', () => {
  it('when kickoff nears, then the interval tightens', () => {
    expect(intervalForKickoff(schedule, null, now)).toBe(180);
    expect(intervalForKickoff(schedule, hoursFromNow(48), now)).toBe(180);
    expect(intervalForKickoff(schedule, hoursFromNow(20), now)).toBe(60);
    expect(intervalForKickoff(schedule, hoursFromNow(3), now)).toBe(15);
    expect(intervalForKickoff(schedule, hoursFromNow(0.5), now)).toBe(5);
  });
});

describe('decidePoll', () => {
  const base = { now, schedule, quotaReserve: 50 };

  it('when nothing was polled yet, then a poll is due', () => {
    expect(decidePoll({ ...base, nextKickoff: null, state: fresh }).due).toBe(true);
  });

  it('when kickoff is 30 minutes away and the last poll was 6 minutes ago, then a poll is due', () => {
    const d = decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state: { ...fresh, lastAttemptAt: minutesAgo(6), lastStatus: 'ok' } });
    expect(d).toMatchObject({ due: true, intervalMinutes: 5 });
  });

  it('when the quota is below the reserve, then polling slows to the default interval', () => {
    const d = decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state: { ...fresh, lastAttemptAt: minutesAgo(6), lastStatus: 'ok', remaining: 10 } });
    expect(d).toMatchObject({ due: false, intervalMinutes: 180 });
    expect(d.reason).toMatch(/quota low/);
  });

  it('when the key was rejected, then the next attempt waits an hour however close kickoff is', () => {
    const state: PollState = { ...fresh, lastAttemptAt: minutesAgo(30), lastStatus: 'auth_failed' };
    expect(decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state })).toMatchObject({ due: false, intervalMinutes: 60 });
    expect(decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state: { ...state, lastAttemptAt: minutesAgo(61) } }).due).toBe(true);
  });

  it('when rate limited, then the next attempt waits 15 minutes', () => {
    const state: PollState = { ...fresh, lastAttemptAt: minutesAgo(10), lastStatus: 'rate_limited' };
    expect(decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state }).due).toBe(false);
    expect(decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state: { ...state, lastAttemptAt: minutesAgo(15) } }).due).toBe(true);
  });

  it('when a cron tick lands a few seconds early, then the poll still counts as due', () => {
    const state: PollState = { ...fresh, lastAttemptAt: new Date(now.getTime() - 4.9 * 60_000), lastStatus: 'ok' };
    expect(decidePoll({ ...base, nextKickoff: hoursFromNow(0.5), state }).due).toBe(true);
  });
});
