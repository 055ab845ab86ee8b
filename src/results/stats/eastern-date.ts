import { DateTime } from 'luxon';

const ZONE = 'America/New_York';

/** The US Eastern calendar date (YYYY-MM-DD) of an instant. */
export function easternDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() ?? instant.toISOString().slice(0, 10);
}

/** The instants of one US Eastern day, widened by `padHours` on both sides (late tips, suspended games). */
export function easternDayWindow(date: string, padHours = 0): { from: Date; to: Date } {
  const start = DateTime.fromISO(date, { zone: ZONE }).startOf('day');
  return { from: start.minus({ hours: padHours }).toJSDate(), to: start.plus({ days: 1, hours: padHours }).toJSDate() };
}

/** YYYY-MM-DD → the stored gameDate: that date at 00:00 UTC. */
export function storedGameDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
