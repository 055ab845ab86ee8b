/**
 * NFL regular-season weeks as instants: week 1 opens on the Tuesday after Labor Day (the first Monday of
 * September) and each week runs Tuesday to Tuesday (US Eastern), so Thursday, Sunday and Monday games of a week
 * fall inside it. nflverse weekly stats carry only season + week; this finds their games.
 */
import { DateTime } from 'luxon';

const ZONE = 'America/New_York';

export function nflWeekWindow(season: number, week: number): { from: Date; to: Date; sunday: string } {
  const septemberFirst = DateTime.fromObject({ year: season, month: 9, day: 1 }, { zone: ZONE });
  const laborDay = septemberFirst.plus({ days: (8 - septemberFirst.weekday) % 7 });
  const from = laborDay.plus({ days: 1 + 7 * (week - 1) });
  return { from: from.toJSDate(), to: from.plus({ days: 7 }).toJSDate(), sunday: from.plus({ days: 5 }).toISODate() ?? '' };
}
