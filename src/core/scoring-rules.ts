/**
 * The shape of fantasy scoring per site x sport (the tables are data in each site's adapter,
 * src/sites/<site>/scoring.ts). Stats use the platform's normalized keys (STAT_KEYS below) that every box-score
 * parser writes into PlayerGameStat.stats; the scorer in src/results reads only those tables. Showdown / single-game slots multiply a player's classic points by
 * the slot's factor (DK CPT 1.5; FD MVP/STAR/PRO), which the roster rules also carry for the optimizer.
 */
import type { Site, Sport } from './site-rules.js';

/** Normalized stat keys per sport (counts unless named otherwise). */
export const STAT_KEYS = {
  NFL: ['passYards', 'passTd', 'passInt', 'rushYards', 'rushTd', 'receptions', 'recYards', 'recTd', 'returnTd',
    'fumblesLost', 'twoPtConversions', 'fgMade0to39', 'fgMade40to49', 'fgMade50plus', 'xpMade',
    'sacks', 'defInt', 'fumbleRecoveries', 'safeties', 'defTd', 'blockedKicks', 'pointsAllowed'],
  NBA: ['minutes', 'points', 'threePointersMade', 'rebounds', 'assists', 'steals', 'blocks', 'turnovers'],
  MLB: ['singles', 'doubles', 'triples', 'homeRuns', 'rbi', 'runs', 'walks', 'hitByPitch', 'stolenBases',
    'outsPitched', 'strikeoutsPitched', 'wins', 'earnedRuns', 'hitsAllowed', 'walksAllowed', 'hitBatsmen',
    'completeGames', 'shutouts', 'noHitters', 'qualityStarts'],
  NHL: ['goals', 'assists', 'shotsOnGoal', 'blockedShots', 'shortHandedPoints', 'powerPlayPoints', 'shootoutGoals',
    'goalieWins', 'saves', 'goalsAgainst', 'shutouts', 'overtimeLosses'],
} as const satisfies Record<Sport, readonly string[]>;

/** A bonus: `points` once when the sum of `stats` reaches `atLeast`. */
export interface ThresholdBonus { kind: 'threshold'; stats: string[]; atLeast: number; points: number }
/** A bonus: `points` once when at least `count` of `stats` are each at least `atLeast` (NBA double-double). */
export interface MultiCategoryBonus { kind: 'categories'; stats: string[]; atLeast: number; count: number; points: number }
export type ScoringBonus = ThresholdBonus | MultiCategoryBonus;

/** Points by range of one stat (team defense points allowed): the first tier whose `max` is >= the value. */
export interface ScoringTier { stat: string; onlyWhenPresent: true; tiers: { max: number; points: number }[] }

export interface ScoringTable {
  site: Site;
  sport: Sport;
  /** Points per unit of each stat. */
  perStat: Record<string, number>;
  bonuses: ScoringBonus[];
  tiers: ScoringTier[];
  /** Showdown / single-game slot multipliers by slot name; classic slots score 1x. */
  slotMultipliers: Record<string, number>;
}

