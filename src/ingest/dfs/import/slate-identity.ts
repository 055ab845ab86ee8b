import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { ParsedSlate } from '../parse/types.js';

/**
 * Natural key of a slate that came as a DK CSV (which carries no draft group id): DK draftable ids are unique to
 * one draft group, so the lowest id names it for every export of that group (statuses may change; ids do not).
 * Files without ids (the 2017/18 export) fall back to a digest of their rows.
 */
export function csvSlateKey(slate: ParsedSlate): string {
  const numeric = slate.players.map((p) => p.sitePlayerId).filter((id) => /^\d+$/.test(id)).map(Number);
  if (numeric.length === slate.players.length && numeric.length > 0) return `csv-${Math.min(...numeric)}`;
  const digest = createHash('sha256').update(slate.players.map((p) => `${p.sitePlayerId}:${p.salary}`).sort().join('\n')).digest('hex');
  return `csv-${digest.slice(0, 16)}`;
}

/**
 * The slate's date (YYYY-MM-DD, US Eastern): the earliest kickoff, else a date in the file name
 * ("FanDuel-NFL-2025 EST-12 EST-21 EST-124417", "FanDuel-MLB-2019-07-24-37139", "..._2026-06-26_..."), else the date
 * the importer was given, else today (`guessed`: importSlate refuses to store a guessed date).
 */
export function slateDate(slate: ParsedSlate, fileName: string | undefined, now: Date, given?: string): { date: string; guessed: boolean } {
  const kickoffs = slate.games.map((g) => g.startsAt).filter((d): d is Date => d !== null);
  if (kickoffs.length > 0) {
    const first = new Date(Math.min(...kickoffs.map((d) => d.getTime())));
    return { date: DateTime.fromJSDate(first, { zone: 'America/New_York' }).toISODate() ?? '', guessed: false };
  }
  if (given) return { date: given, guessed: false };
  const fromName = dateFromFileName(fileName ?? '');
  if (fromName) return { date: fromName, guessed: false };
  return { date: DateTime.fromJSDate(now, { zone: 'America/New_York' }).toISODate() ?? '', guessed: true };
}

export function dateFromFileName(fileName: string): string | null {
  const m = /(20\d\d)(?:\s*[A-Z]{3})?-(\d\d)(?:\s*[A-Z]{3})?-(\d\d)(?!\d)/.exec(fileName);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return DateTime.fromISO(iso).isValid ? iso : null;
}

/** A readable default name: "NFL classic 2025-11-16 (11 games)". */
export function defaultSlateName(slate: ParsedSlate, date: string): string {
  return `${slate.sport} ${slate.gameType} ${date} (${slate.games.length} game${slate.games.length === 1 ? '' : 's'})`;
}
