import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { problemsOf, zodProblemLines } from '../core/validation/zod-problems.js';

/** A set of natural positions, e.g. ['WR','TE']. */
const Positions = z.array(z.string().min(1)).min(1);
const Fraction = z.number().min(0).max(1);

export const LockSchema = z.strictObject({
  /** Site id or playerKey; a playerKey in showdown means "this person", any row. */
  player: z.string().min(1),
  /** Slot name to lock into, e.g. 'CPT'. */
  slot: z.string().min(1).optional(),
});

/**
 * Per-stack exposure: the share of lineups in which one team (team-sizes), game or line is stacked. Team stacks count
 * the team the solver picked to carry the stack. The other kinds count by lineup content (the team has min(sizes)
 * of the stack's positions, the game `size` players with `minFromEachTeam` from each side, the line `size`
 * players), so a stack that forms by itself counts too; once at its max, a key may no longer reach `size` players
 * (for a game stack with minFromEachTeam: not even one-sided).
 */
const stackExposure = {
  maxExposure: Fraction.optional(),
  minExposure: Fraction.optional(),
};

/**
 * A stack: `positions` lists one position set per stacked player (pydfs style: [['QB'],['WR','TE'],['WR','TE']]),
 * all from one team. `count` asks for that many different teams; `teams` limits which teams may stack.
 */
export const TeamStackSchema = z.strictObject({
  kind: z.literal('team'),
  positions: z.array(Positions).min(1),
  teams: z.array(z.string()).optional(),
  count: z.number().int().min(1).default(1),
  /** Also take players from the stacked team's opponent. */
  bringBack: z.strictObject({ positions: Positions, count: z.number().int().min(1).default(1) }).optional(),
  /** Limit the share of lineups stacking one team (per-stack exposure). */
  ...stackExposure,
});

/** MLB-style stacks: team sizes like [4,4] or [5,3], each from a different team, of `positions` only. */
export const TeamSizesStackSchema = z.strictObject({
  kind: z.literal('team-sizes'),
  sizes: z.array(z.number().int().min(2)).min(1),
  positions: Positions.optional(),
  teams: z.array(z.string()).optional(),
  ...stackExposure,
});

/** N players from one game, with at least `minFromEachTeam` from both sides. */
export const GameStackSchema = z.strictObject({
  kind: z.literal('game'),
  size: z.number().int().min(2),
  minFromEachTeam: z.number().int().min(0).default(0),
  games: z.array(z.string()).optional(),
  ...stackExposure,
});

/** NHL line stacks: N players of the same team line (needs line data on the players). */
export const LineStackSchema = z.strictObject({
  kind: z.literal('line'),
  size: z.number().int().min(2),
  count: z.number().int().min(1).default(1),
  ...stackExposure,
});

export const StackSchema = z.discriminatedUnion('kind', [TeamStackSchema, TeamSizesStackSchema, GameStackSchema, LineStackSchema]);

export const GroupSchema = z.strictObject({
  name: z.string().optional(),
  players: z.array(z.string().min(1)).min(1),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});

/** "If any of `if` is in the lineup then at least `min` of `then`." */
export const ConditionalSchema = z.strictObject({
  name: z.string().optional(),
  if: z.array(z.string().min(1)).min(1),
  then: z.array(z.string().min(1)).min(1),
  min: z.number().int().min(1).default(1),
});

/** No `against` positions facing a player of `positions` (no offense vs own DST), with an allowance. */
export const OpponentRuleSchema = z.strictObject({
  positions: Positions,
  against: Positions,
  allowed: z.number().int().min(0).default(0),
});

export const ExposureBoundSchema = z.strictObject({ min: Fraction.optional(), max: Fraction.optional() });

export const ExposureSchema = z.strictObject({
  /** strict: fail (with a diagnosis) when a bound cannot be kept; best-effort: build anyway and report misses. */
  mode: z.enum(['strict', 'best-effort']).default('strict'),
  /** Max share of lineups for every player unless overridden. */
  maxPlayer: Fraction.optional(),
  players: z.record(z.string(), ExposureBoundSchema).default({}),
  /** Share of lineups with at least one player of the team. */
  teams: z.record(z.string(), ExposureBoundSchema).default({}),
});

export const RandomnessSchema = z.strictObject({
  distribution: z.enum(['uniform', 'normal']),
  /** Relative deviation: uniform ±amount x projection, normal sd = amount x projection. */
  amount: z.number().min(0).max(2),
  /** Per-player relative deviation overrides (by id or playerKey). */
  perPlayer: z.record(z.string(), z.number().min(0).max(2)).default({}),
  seed: z.number().int().default(1),
});

export const OptimizerRulesSchema = z.strictObject({
  lineups: z.number().int().min(1).max(10_000).default(1),
  /**
   * exact: every lineup is the proven best one left (slow for many lineups: cuts pile up);
   * fast: lineup #1 is proven optimal, later ones are the best found within a small gap/time per solve;
   * auto: exact up to 20 lineups, fast above.
   */
  mode: z.enum(['auto', 'exact', 'fast']).default('auto'),
  /** Every pair of lineups differs by at least this many players. */
  minUnique: z.number().int().min(1).default(1),
  locks: z.array(LockSchema).default([]),
  excludePlayers: z.array(z.string()).default([]),
  excludeTeams: z.array(z.string()).default([]),
  excludeGames: z.array(z.string()).default([]),
  minSalary: z.number().min(0).optional(),
  maxSalary: z.number().min(0).optional(),
  maxPerTeam: z.number().int().min(1).optional(),
  /** Per-team limits, e.g. { KC: 3 }. */
  teamLimits: z.record(z.string(), z.number().int().min(0)).default({}),
  stacks: z.array(StackSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  conditionals: z.array(ConditionalSchema).default([]),
  opponentRules: z.array(OpponentRuleSchema).default([]),
  /** MLB: same-team hitters' batting orders at most this far apart. */
  battingOrderSpacing: z.number().int().min(1).max(8).optional(),
  ownership: z.strictObject({
    maxSum: z.number().optional(), minSum: z.number().optional(),
    maxMean: z.number().optional(), minMean: z.number().optional(),
  }).optional(),
  exposure: ExposureSchema.default({ mode: 'strict', players: {}, teams: {} }),
  randomness: RandomnessSchema.optional(),
  /** Sim-draw mode: lineup k optimizes draw k (blend 0) or blend x projection + (1 - blend) x draw. */
  simDraws: z.strictObject({ blend: Fraction.default(0) }).optional(),
});

export type OptimizerRules = z.infer<typeof OptimizerRulesSchema>;
export type OptimizerRulesInput = z.input<typeof OptimizerRulesSchema>;
export type StackRule = z.infer<typeof StackSchema>;
export type TeamStackRule = z.infer<typeof TeamStackSchema>;

/** Parses user rules (e.g. a rules.json) and throws an AppError listing every bad field by path. */
export function parseOptimizerRules(input: unknown): OptimizerRules {
  const result = OptimizerRulesSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = zodProblemLines(result.error, { separator: ': ' });
  throw new AppError('invalid_rules', `invalid optimizer rules: ${problems.join('; ')}`, problems);
}
