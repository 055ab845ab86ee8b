/**
 * Fantasy scoring per site x sport, as data (beside the roster rules in site-rules.ts). Stats use the platform's
 * normalized keys (STAT_KEYS below) that every box-score parser writes into PlayerGameStat.stats; the scorer in
 * src/results/scoring reads only this table. Showdown / single-game slots multiply a player's classic points by
 * the slot's factor (DK CPT 1.5; FD MVP/STAR/PRO), which site-rules.ts also carries for the optimizer.
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

const INF = Number.POSITIVE_INFINITY;
const NFL_POINTS_ALLOWED: ScoringTier = {
  stat: 'pointsAllowed', onlyWhenPresent: true,
  tiers: [{ max: 0, points: 10 }, { max: 6, points: 7 }, { max: 13, points: 4 }, { max: 20, points: 1 },
    { max: 27, points: 0 }, { max: 34, points: -1 }, { max: INF, points: -4 }],
};
const NFL_DEFENSE = { sacks: 1, defInt: 2, fumbleRecoveries: 2, safeties: 2, defTd: 6, blockedKicks: 2 };
const NFL_KICKING = { fgMade0to39: 3, fgMade40to49: 4, fgMade50plus: 5, xpMade: 1 };
const threshold = (stats: string[], atLeast: number, points: number): ThresholdBonus => ({ kind: 'threshold', stats, atLeast, points });

const TABLES: ScoringTable[] = [
  {
    site: 'draftkings', sport: 'NFL',
    perStat: { passYards: 0.04, passTd: 4, passInt: -1, rushYards: 0.1, rushTd: 6, receptions: 1, recYards: 0.1, recTd: 6,
      returnTd: 6, fumblesLost: -1, twoPtConversions: 2, ...NFL_KICKING, ...NFL_DEFENSE },
    bonuses: [threshold(['passYards'], 300, 3), threshold(['rushYards'], 100, 3), threshold(['recYards'], 100, 3)],
    tiers: [NFL_POINTS_ALLOWED],
    slotMultipliers: { CPT: 1.5 },
  },
  {
    site: 'fanduel', sport: 'NFL',
    perStat: { passYards: 0.04, passTd: 4, passInt: -1, rushYards: 0.1, rushTd: 6, receptions: 0.5, recYards: 0.1, recTd: 6,
      returnTd: 6, fumblesLost: -2, twoPtConversions: 2, ...NFL_KICKING, ...NFL_DEFENSE },
    bonuses: [],
    tiers: [NFL_POINTS_ALLOWED],
    slotMultipliers: { MVP: 1.5 },
  },
  {
    site: 'draftkings', sport: 'NBA',
    perStat: { points: 1, threePointersMade: 0.5, rebounds: 1.25, assists: 1.5, steals: 2, blocks: 2, turnovers: -0.5 },
    bonuses: [
      { kind: 'categories', stats: ['points', 'rebounds', 'assists', 'blocks', 'steals'], atLeast: 10, count: 2, points: 1.5 },
      { kind: 'categories', stats: ['points', 'rebounds', 'assists', 'blocks', 'steals'], atLeast: 10, count: 3, points: 3 },
    ],
    tiers: [],
    slotMultipliers: { CPT: 1.5 },
  },
  {
    site: 'fanduel', sport: 'NBA',
    perStat: { points: 1, rebounds: 1.2, assists: 1.5, steals: 3, blocks: 3, turnovers: -1 },
    bonuses: [], tiers: [],
    slotMultipliers: { MVP: 2, STAR: 1.5, PRO: 1.2 },
  },
  {
    site: 'draftkings', sport: 'MLB',
    perStat: { singles: 3, doubles: 5, triples: 8, homeRuns: 10, rbi: 2, runs: 2, walks: 2, hitByPitch: 2, stolenBases: 5,
      outsPitched: 0.75, strikeoutsPitched: 2, wins: 4, earnedRuns: -2, hitsAllowed: -0.6, walksAllowed: -0.6,
      hitBatsmen: -0.6, completeGames: 2.5, shutouts: 2.5, noHitters: 5 },
    bonuses: [], tiers: [],
    slotMultipliers: { CPT: 1.5 },
  },
  {
    site: 'fanduel', sport: 'MLB',
    perStat: { singles: 3, doubles: 6, triples: 9, homeRuns: 12, rbi: 3.5, runs: 3.2, walks: 3, hitByPitch: 3, stolenBases: 6,
      outsPitched: 1, strikeoutsPitched: 3, wins: 6, earnedRuns: -3, qualityStarts: 4 },
    bonuses: [], tiers: [],
    slotMultipliers: { MVP: 2, STAR: 1.5 },
  },
  {
    site: 'draftkings', sport: 'NHL',
    perStat: { goals: 8.5, assists: 5, shotsOnGoal: 1.5, blockedShots: 1.3, shortHandedPoints: 2, shootoutGoals: 1.5,
      goalieWins: 6, saves: 0.7, goalsAgainst: -3.5, shutouts: 4, overtimeLosses: 2 },
    bonuses: [threshold(['goals'], 3, 3), threshold(['shotsOnGoal'], 5, 3), threshold(['blockedShots'], 3, 3),
      threshold(['goals', 'assists'], 3, 3), threshold(['saves'], 35, 3)],
    tiers: [],
    slotMultipliers: { CPT: 1.5 },
  },
  {
    site: 'fanduel', sport: 'NHL',
    perStat: { goals: 12, assists: 8, shotsOnGoal: 1.6, blockedShots: 1.6, powerPlayPoints: 0.5, shortHandedPoints: 2,
      goalieWins: 12, saves: 0.8, goalsAgainst: -4, shutouts: 8 },
    bonuses: [], tiers: [],
    slotMultipliers: { MVP: 2, STAR: 1.5 },
  },
];

/** The scoring table of a site and sport. */
export function getScoringTable(site: Site, sport: Sport): ScoringTable {
  const table = TABLES.find((t) => t.site === site && t.sport === sport);
  if (!table) throw new Error(`no scoring table for ${site} ${sport}`);
  return table;
}

export function listScoringTables(): readonly ScoringTable[] {
  return TABLES;
}
