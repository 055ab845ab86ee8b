/** DraftKings fantasy scoring per sport, as data (stats are the platform's normalized keys, core/scoring-rules STAT_KEYS). */
import type { Sport } from '../../core/site-rules.js';
import type { ScoringTable } from '../../core/scoring-rules.js';
import { NFL_POINTS_ALLOWED, NFL_DEFENSE, NFL_KICKING, threshold } from '../scoring-parts.js';

export const DRAFTKINGS_SCORING: Record<Sport, ScoringTable> = {
  NFL: {
    site: 'draftkings', sport: 'NFL',
    perStat: { passYards: 0.04, passTd: 4, passInt: -1, rushYards: 0.1, rushTd: 6, receptions: 1, recYards: 0.1, recTd: 6,
      returnTd: 6, fumblesLost: -1, twoPtConversions: 2, ...NFL_KICKING, ...NFL_DEFENSE },
    bonuses: [threshold(['passYards'], 300, 3), threshold(['rushYards'], 100, 3), threshold(['recYards'], 100, 3)],
    tiers: [NFL_POINTS_ALLOWED],
    slotMultipliers: { CPT: 1.5 },
  },
  NBA: {
    site: 'draftkings', sport: 'NBA',
    perStat: { points: 1, threePointersMade: 0.5, rebounds: 1.25, assists: 1.5, steals: 2, blocks: 2, turnovers: -0.5 },
    bonuses: [
      { kind: 'categories', stats: ['points', 'rebounds', 'assists', 'blocks', 'steals'], atLeast: 10, count: 2, points: 1.5 },
      { kind: 'categories', stats: ['points', 'rebounds', 'assists', 'blocks', 'steals'], atLeast: 10, count: 3, points: 3 },
    ],
    tiers: [],
    slotMultipliers: { CPT: 1.5 },
  },
  MLB: {
    site: 'draftkings', sport: 'MLB',
    perStat: { singles: 3, doubles: 5, triples: 8, homeRuns: 10, rbi: 2, runs: 2, walks: 2, hitByPitch: 2, stolenBases: 5,
      outsPitched: 0.75, strikeoutsPitched: 2, wins: 4, earnedRuns: -2, hitsAllowed: -0.6, walksAllowed: -0.6,
      hitBatsmen: -0.6, completeGames: 2.5, shutouts: 2.5, noHitters: 5 },
    bonuses: [], tiers: [],
    slotMultipliers: { CPT: 1.5 },
  },
  NHL: {
    site: 'draftkings', sport: 'NHL',
    perStat: { goals: 8.5, assists: 5, shotsOnGoal: 1.5, blockedShots: 1.3, shortHandedPoints: 2, shootoutGoals: 1.5,
      goalieWins: 6, saves: 0.7, goalsAgainst: -3.5, shutouts: 4, overtimeLosses: 2 },
    bonuses: [threshold(['goals'], 3, 3), threshold(['shotsOnGoal'], 5, 3), threshold(['blockedShots'], 3, 3),
      threshold(['goals', 'assists'], 3, 3), threshold(['saves'], 35, 3)],
    tiers: [],
    slotMultipliers: { CPT: 1.5 },
  },
};
