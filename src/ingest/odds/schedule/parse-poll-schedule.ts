/** One tier: when the next kickoff is within `withinHours`, poll every `everyMinutes`. */
export interface PollTier {
  withinHours: number;
  everyMinutes: number;
}

/** Parsed `ODDS_POLL_SCHEDULE`. */
export interface PollSchedule {
  /** Interval when no kickoff is within any tier (or none is known). */
  defaultMinutes: number;
  /** Sorted tightest first (smallest withinHours). */
  tiers: PollTier[];
}

/** Grammar of `ODDS_POLL_SCHEDULE`, e.g. `default=180m,24h=60m,6h=15m,1h=5m`. */
export const POLL_SCHEDULE_PATTERN = /^default=\d+(\.\d+)?m(,\d+(\.\d+)?h=\d+(\.\d+)?m)*$/;

/**
 * Parses the poll schedule: `default=<min>m` then any number of `<hours>h=<min>m` tiers.
 * Throws naming the bad part, so a typo fails at start instead of polling at a surprising rate.
 */
export function parsePollSchedule(text: string): PollSchedule {
  const compact = text.replace(/\s+/g, '');
  if (!POLL_SCHEDULE_PATTERN.test(compact)) {
    throw new Error(`ODDS_POLL_SCHEDULE "${text}" must look like default=180m,24h=60m,6h=15m,1h=5m`);
  }
  const [head, ...rest] = compact.split(',');
  const defaultMinutes = Number(head?.slice('default='.length, -1));
  const tiers = rest.map((part) => {
    const [h, m] = part.split('=');
    return { withinHours: Number(h?.slice(0, -1)), everyMinutes: Number(m?.slice(0, -1)) };
  });
  for (const value of [defaultMinutes, ...tiers.map((t) => t.everyMinutes)]) {
    if (value < 1) throw new Error(`ODDS_POLL_SCHEDULE "${text}": intervals must be at least 1 minute`);
  }
  return { defaultMinutes, tiers: tiers.sort((a, b) => a.withinHours - b.withinHours) };
}

/** The polling interval for the time left until the next kickoff (null: none known). */
export function intervalForKickoff(schedule: PollSchedule, nextKickoff: Date | null, now: Date): number {
  if (!nextKickoff) return schedule.defaultMinutes;
  const hoursLeft = (nextKickoff.getTime() - now.getTime()) / 3_600_000;
  const tier = schedule.tiers.find((t) => hoursLeft <= t.withinHours);
  return tier?.everyMinutes ?? schedule.defaultMinutes;
}
