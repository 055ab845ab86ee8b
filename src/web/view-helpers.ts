/** Formatting helpers every template gets as `fmt` (numbers and times as a DFS player reads them). */
import { isSite } from '../core/site-rules.js';
import { siteAdapter } from '../sites/index.js';

const dash = '—';

/** 1 decimal by default; a dash for missing values. */
export function num(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? dash : value.toFixed(digits);
}

/** "$7,400" (FanDuel and DraftKings salaries are whole dollars). */
export function salary(value: number | null | undefined): string {
  return value === null || value === undefined ? dash : `$${value.toLocaleString('en-US')}`;
}

/** A share as a percentage. Stored ownership is a fraction (0..1); values above 1 are taken as percent already. */
export function pct(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  return `${(value > 1 ? value : value * 100).toFixed(digits)}%`;
}

/** "Sun 09/07 17:00 UTC": times are shown in UTC so every user and the logs agree. */
export function time(value: Date | null | undefined): string {
  if (!value) return dash;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][value.getUTCDay()];
  const mm = String(value.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(value.getUTCDate()).padStart(2, '0');
  return `${day} ${mm}/${dd} ${String(value.getUTCHours()).padStart(2, '0')}:${String(value.getUTCMinutes()).padStart(2, '0')} UTC`;
}

/** A game's start: the time, or "Sun 12/21 TBD" when the site gave only the day (FanDuel lists). */
export function kickoff(value: Date | null | undefined, tbd = false): string {
  if (!value) return dash;
  if (!tbd) return time(value);
  return `${time(value).slice(0, 9)} TBD`;
}

/** A sum of ownership fractions (2.11 for a lineup whose players add up to 211%) as a percentage, never rescaled. */
export function pctOfFraction(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? dash : `${(value * 100).toFixed(digits)}%`;
}

/** "3 min ago", "2 h ago", "5 d ago" relative to now. */
export function ago(value: Date | null | undefined, now = new Date()): string {
  if (!value) return 'never';
  const seconds = Math.round((now.getTime() - value.getTime()) / 1000);
  if (seconds < 0) return `in ${Math.round(-seconds / 60)} min`;
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} d ago`;
}

/** Site names as users write them. */
export function site(value: string): string {
  return isSite(value) ? siteAdapter(value).label : value;
}

export const fmt = { num, salary, pct, pctOfFraction, time, kickoff, ago, site };
export type Fmt = typeof fmt;
