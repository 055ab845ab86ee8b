/** FanDuel fantasy scoring per sport, as data (stats are the platform's normalized keys, core/scoring-rules STAT_KEYS). */
import type { Sport } from '../../core/site-rules.js';
import type { ScoringTable } from '../../core/scoring-rules.js';
import { NFL_POINTS_ALLOWED, NFL_DEFENSE, NFL_KICKING } from '../scoring-parts.js';

export const FANDUEL_SCORING: Record<Sport, ScoringTable> = {
  NFL: {
    site: 'fanduel', sport: 'NFL',
    perStat: { passYards: 0.04, passTd: 4, passInt: -1, rushYards: 0.1, rushTd: 6, receptions: 0.5, recYards: 0.1, recTd: 6,
      returnTd: 6, fumblesLost: -2, twoPtConversions: 2, ...NFL_KICKING, ...NFL_DEFENSE },
    bonuses: [],
    tiers: [NFL_POINTS_ALLOWED],
    slotMultipliers: { MVP: 1.5 },
  },
  NBA: {
    site: 'fanduel', sport: 'NBA',
    perStat: { points: 1, rebounds: 1.2, assists: 1.5, steals: 3, blocks: 3, turnovers: -1 },
    bonuses: [], tiers: [],
    slotMultipliers: { MVP: 2, STAR: 1.5, PRO: 1.2 },
  },
  MLB: {
    site: 'fanduel', sport: 'MLB',
    perStat: { singles: 3, doubles: 6, triples: 9, homeRuns: 12, rbi: 3.5, runs: 3.2, walks: 3, hitByPitch: 3, stolenBases: 6,
      outsPitched: 1, strikeoutsPitched: 3, wins: 6, earnedRuns: -3, qualityStarts: 4 },
    bonuses: [], tiers: [],
    slotMultipliers: { MVP: 2, STAR: 1.5 },
  },
  NHL: {
    site: 'fanduel', sport: 'NHL',
    perStat: { goals: 12, assists: 8, shotsOnGoal: 1.6, blockedShots: 1.6, powerPlayPoints: 0.5, shortHandedPoints: 2,
      goalieWins: 12, saves: 0.8, goalsAgainst: -4, shutouts: 8 },
    bonuses: [], tiers: [],
    slotMultipliers: { CAPTAIN: 1.5 },
  },
};
