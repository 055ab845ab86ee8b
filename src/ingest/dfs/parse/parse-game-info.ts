import { DateTime } from 'luxon';

/** A DK "Game Info" cell, teams as written (not yet resolved to canonical codes). */
export interface GameInfo {
  away: string;
  home: string;
  /** UTC instant; null when the cell carries no date (2016-2018 exports). */
  startsAt: Date | null;
}

// "CHC@MIL 06/26/2026 07:45PM ET", legacy "Bos@Cle 01:10PM ET", neutral site "KC vs BUF 02/09/2025 06:30PM ET".
const GAME_INFO = /^([A-Za-z0-9.]+)\s*(?:@|\bvs\.?)\s*([A-Za-z0-9.]+)(?:\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?(?:\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm]))?(?:\s+ET)?$/;

/**
 * Parses DraftKings' Game Info. Times are US Eastern wall-clock; luxon applies EST or EDT for that date, so
 * "11/16/2025 01:00PM ET" is 18:00Z and "06/26/2026 07:45PM ET" is 23:45Z. Returns null when the cell is not a game
 * (e.g. "Postponed", golf free text). `slateDate` (YYYY-MM-DD) dates a cell that gives only a time.
 */
export function parseGameInfo(cell: string, slateDate?: string): GameInfo | null {
  const m = GAME_INFO.exec(cell.trim());
  if (!m) return null;
  const [, away, home, cellMonth, cellDay, cellYear, hour, minute, meridiem] = m;
  if (away === undefined || home === undefined) return null;
  // A legacy cell ("Bos@Cle 01:10PM ET") has the time only: the slate's date, when the importer was given it, completes it.
  const given = cellYear === undefined && slateDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(slateDate) : null;
  const [year, month, day] = given ? [given[1], given[2], given[3]] : [cellYear, cellMonth, cellDay];
  if (month === undefined || day === undefined || year === undefined || hour === undefined || minute === undefined || meridiem === undefined) {
    return { away, home, startsAt: null };
  }
  const h12 = Number(hour) % 12;
  const local = DateTime.fromObject(
    { year: Number(year), month: Number(month), day: Number(day), hour: meridiem.toUpperCase() === 'PM' ? h12 + 12 : h12, minute: Number(minute) },
    { zone: 'America/New_York' },
  );
  if (!local.isValid) return null;
  return { away, home, startsAt: local.toUTC().toJSDate() };
}
