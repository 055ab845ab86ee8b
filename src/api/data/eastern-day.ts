/**
 * Slate days: DFS sites date a slate by the US Eastern day of its first game (a 10:20 pm ET Sunday night game is
 * still Sunday's slate, although it starts on Monday UTC). The API's date filter and the dashboard's share this.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

export const SLATE_TIME_ZONE = 'America/New_York';

/** A real calendar day as YYYY-MM-DD: 2025-02-30 and 2025-13-45 are refused, not turned into Invalid Date. */
export const calendarDateSchema = z.string().trim()
  // abort: a malformed value gets one problem, not also "is not a calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be YYYY-MM-DD', abort: true })
  .refine((value) => DateTime.fromISO(value, { zone: SLATE_TIME_ZONE }).isValid, { message: 'is not a calendar date' });

/** The instants [gte, lt) of one US Eastern day (23 or 25 hours long on DST change days). */
export function easternDayRange(date: string): { gte: Date; lt: Date } {
  const start = DateTime.fromISO(date, { zone: SLATE_TIME_ZONE }).startOf('day');
  if (!start.isValid) throw new RangeError(`${date} is not a calendar date`);
  return { gte: start.toJSDate(), lt: start.plus({ days: 1 }).toJSDate() };
}
