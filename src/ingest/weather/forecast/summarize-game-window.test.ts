import { describe, expect, it } from 'vitest';
import type { HourlyForecast } from './hourly-forecast.js';
import { summarizeGameWindow } from './summarize-game-window.js';
import { isForecastDue, refreshIntervalMs } from './refresh-schedule.js';

const hour = (iso: string, over: Partial<HourlyForecast> = {}): HourlyForecast => ({
  time: new Date(iso), temperatureF: 70, windSpeedMph: 5, windGustMph: null, windDirectionDeg: 180,
  precipProbabilityPct: 10, precipitationIn: 0, summary: null, ...over,
});

describe('summarizeGameWindow', () => {
  const hours = [
    hour('2026-10-04T16:00:00Z'),
    hour('2026-10-04T17:00:00Z', { temperatureF: 61, windSpeedMph: 12, windGustMph: 20, windDirectionDeg: 225 }),
    hour('2026-10-04T18:00:00Z', { temperatureF: 58, windSpeedMph: 18, windGustMph: 31, precipProbabilityPct: 60, precipitationIn: 0.11 }),
    hour('2026-10-04T19:00:00Z', { temperatureF: 55, precipitationIn: 0.05 }),
    hour('2026-10-04T20:00:00Z', { temperatureF: 54, precipProbabilityPct: 80, precipitationIn: 0.2 }),
    hour('2026-10-04T21:00:00Z', { temperatureF: 40 }),
  ];

  it('when kickoff is 17:25 UTC, then the 17:00 hour is the kickoff hour and the window runs 3.5 h', () => {
    const s = summarizeGameWindow(hours, new Date('2026-10-04T17:25:00Z'), 3.5, null);
    expect(s?.kickoff.time.toISOString()).toBe('2026-10-04T17:00:00.000Z');
    // 17:25–20:55 overlaps the 17, 18, 19 and 20 o'clock hours.
    expect(s).toMatchObject({
      hoursInWindow: 4, temperatureMinF: 54, temperatureMaxF: 61, windSpeedMaxMph: 18, windGustMaxMph: 31,
      precipProbabilityMaxPct: 80, precipitationTotalIn: 0.36, fieldWind: null,
    });
  });

  it('when rain falls over the window, then the per-hour figure is the mean hourly amount, not the total', () => {
    const s = summarizeGameWindow(hours, new Date('2026-10-04T17:25:00Z'), 3.5, null);
    // 0 + 0.11 + 0.05 + 0.2 over the 4 hours: 0.09 in/h (the sim compares it with per-hour rain rates).
    expect(s?.precipitationPerHourIn).toBe(0.09);
    const dry = summarizeGameWindow(hours.map((h) => ({ ...h, precipitationIn: null })), new Date('2026-10-04T17:25:00Z'), 3.5, null);
    expect(dry).toMatchObject({ precipitationPerHourIn: null, precipitationTotalIn: null, precipProbabilityMaxPct: 80 });
  });

  it('when the venue has a field bearing, then kickoff wind is told relative to it', () => {
    // From 225° (SW) toward NE; a field facing 45° sees it blowing straight out.
    const s = summarizeGameWindow(hours, new Date('2026-10-04T17:05:00Z'), 3, 45);
    expect(s?.fieldWind).toMatchObject({ relation: 'out', outMph: 12 });
  });

  it('when the forecast does not reach kickoff, then there is no summary', () => {
    expect(summarizeGameWindow(hours, new Date('2026-10-09T17:00:00Z'), 3, null)).toBeNull();
  });
});

describe('refresh schedule', () => {
  const kickoff = new Date('2026-10-04T17:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('tightens as kickoff nears and stops once the game starts', () => {
    expect(refreshIntervalMs(kickoff, at('2026-10-01T17:00:00Z'))).toBe(12 * 3_600_000);
    expect(refreshIntervalMs(kickoff, at('2026-10-03T17:00:00Z'))).toBe(3 * 3_600_000);
    expect(refreshIntervalMs(kickoff, at('2026-10-04T08:00:00Z'))).toBe(3_600_000);
    expect(refreshIntervalMs(kickoff, at('2026-10-04T15:30:00Z'))).toBe(30 * 60_000);
    expect(refreshIntervalMs(kickoff, at('2026-10-04T17:00:00Z'))).toBeNull();
  });

  it('is due when never fetched or older than the interval, not otherwise', () => {
    const now = at('2026-10-04T15:30:00Z');
    expect(isForecastDue(kickoff, null, now)).toBe(true);
    expect(isForecastDue(kickoff, at('2026-10-04T15:10:00Z'), now)).toBe(false);
    // A 30-minute cron tick that fires a minute "early" relative to the last fetch still refreshes.
    expect(isForecastDue(kickoff, at('2026-10-04T15:01:00Z'), now)).toBe(true);
    // 12 h out: hourly, so a fetch 40 minutes ago is still fresh.
    expect(isForecastDue(kickoff, at('2026-10-04T04:20:00Z'), at('2026-10-04T05:00:00Z'))).toBe(false);
    expect(isForecastDue(kickoff, null, at('2026-10-04T18:00:00Z'))).toBe(false);
  });
});
