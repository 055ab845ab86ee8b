import { z } from 'zod';

/**
 * Zod schemas for The Odds API v4 payloads, one level at a time: each level is validated on its own
 * so one malformed outcome (or market, or bookmaker) is skipped without losing its siblings.
 * Children are `unknown[]` here and validated by the next level's schema.
 */

const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** One event header (`/odds` array element, or the `/events/{id}/odds` body). */
export const oddsEventSchema = z.object({
  id: z.string().min(1),
  sport_key: z.string().min(1),
  commence_time: isoDate,
  home_team: z.string().min(1),
  away_team: z.string().min(1),
  bookmakers: z.array(z.unknown()).default([]),
});
export type OddsEventRaw = z.infer<typeof oddsEventSchema>;

/** One bookmaker; the API always sends last_update, some recorded collectors dropped it. */
export const oddsBookmakerSchema = z.object({
  key: z.string().min(1),
  title: z.string().optional(),
  last_update: isoDate.optional(),
  markets: z.array(z.unknown()),
});
export type OddsBookmakerRaw = z.infer<typeof oddsBookmakerSchema>;

/** One market of a bookmaker: `h2h`, `spreads`, `totals`, `player_pass_yds`, ... */
export const oddsMarketSchema = z.object({
  key: z.string().min(1),
  last_update: isoDate.optional(),
  outcomes: z.array(z.unknown()),
});
export type OddsMarketRaw = z.infer<typeof oddsMarketSchema>;

/**
 * One outcome. `description` carries the player name in prop markets; `point` is the line
 * (signed per team in spreads, the total in totals, the player's line in over/under props).
 */
export const oddsOutcomeSchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1).optional(),
  price: z.number(),
  point: z.number().finite().optional(),
});
export type OddsOutcomeRaw = z.infer<typeof oddsOutcomeSchema>;
