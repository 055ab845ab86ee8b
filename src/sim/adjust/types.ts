import { z } from 'zod';

/** One person on the slate before context adjustments. Every optional input may be missing. */
export const ProjectionInputSchema = z.object({
  key: z.string().min(1),
  name: z.string(),
  team: z.string().min(1),
  opponent: z.string().nullable(),
  gameKey: z.string().nullable(),
  position: z.string().min(1),
  salary: z.number().int().nonnegative(),
  /** Baseline mean: uploaded projection, else history, else site average; null when none exists. */
  baseline: z.number().nullable(),
  /** history: the player's stored results shrunk to a prior; prior: no games of his yet, the history model's
   * prior (site average blended with the salary line). */
  baselineSource: z.enum(['upload', 'history', 'prior', 'site-average', 'none']),
  /** Play probability read from stored results (absent from his team's recent games); null when none stored. */
  availability: z.number().min(0).max(1).nullable().optional(),
  /** Per-player sd override (from an upload). */
  sd: z.number().positive().nullable(),
  /** Injury status from the site or the injury feed ('Q', 'O', 'Questionable', ...). */
  status: z.string().nullable(),
  battingOrder: z.number().int().min(1).max(9).nullable(),
  line: z.number().int().positive().nullable(),
  /** MLB: the site's probable-pitcher flag (FanDuel files carry it); null or absent when unknown. */
  probablePitcher: z.boolean().nullable().optional(),
});
export type ProjectionInput = z.infer<typeof ProjectionInputSchema>;

/** Weather at a game's venue around kickoff. */
export const GameWeatherSchema = z.object({
  windMph: z.number().nonnegative().nullable(),
  /** Expected rain rate over the game window, mm per hour; null when the provider gives no amount (NWS). */
  precipMmPerHour: z.number().nonnegative().nullable(),
  /** Chance of precipitation during the game, percent: what is left to go on when the amount is null. */
  precipChancePct: z.number().min(0).max(100).nullable().optional(),
  /** Dome or closed roof: weather does not play. */
  roofed: z.boolean(),
});
export type GameWeather = z.infer<typeof GameWeatherSchema>;

/** Context of one game from odds and weather; every part optional. */
export const GameContextSchema = z.object({
  gameKey: z.string(),
  /** Implied points per team code from the consensus total and spread. */
  impliedTotals: z.record(z.string(), z.number().positive()).optional(),
  weather: GameWeatherSchema.optional(),
});
export type GameContext = z.infer<typeof GameContextSchema>;

/** Player prop lines by player key, market key (The Odds API names, e.g. 'player_pass_yds') → line or probability. */
export const PropLinesSchema = z.record(z.string(), z.record(z.string(), z.number()));
export type PropLines = z.infer<typeof PropLinesSchema>;

/** Why a player's mean changed: shown in the CLI/dashboard so a number is never a mystery. */
export interface AdjustmentNote {
  kind: 'props' | 'implied-total' | 'weather' | 'injury' | 'availability' | 'depth' | 'vacated-share';
  factor: number;
  detail: string;
}
