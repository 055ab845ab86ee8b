/**
 * ESPN box-score stat keys → the platform's normalized keys, per sport. A key may be qualified by its category
 * ("passing.interceptions" is a thrown interception, "defensive.interceptions" a caught one). "a-b" keys hold
 * "made-attempted" strings; the first number is taken.
 */
import type { Sport } from '../../core/site-rules.js';

export const ESPN_STAT_KEYS: Partial<Record<Sport, Record<string, string>>> = {
  NBA: {
    minutes: 'minutes', points: 'points', rebounds: 'rebounds', assists: 'assists', steals: 'steals', blocks: 'blocks',
    turnovers: 'turnovers', 'threePointFieldGoalsMade-threePointFieldGoalsAttempted': 'threePointersMade',
  },
  NFL: {
    'passing.passingYards': 'passYards', 'passing.passingTouchdowns': 'passTd', 'passing.interceptions': 'passInt',
    'rushing.rushingYards': 'rushYards', 'rushing.rushingTouchdowns': 'rushTd',
    'receiving.receptions': 'receptions', 'receiving.receivingYards': 'recYards', 'receiving.receivingTouchdowns': 'recTd',
    'fumbles.fumblesLost': 'fumblesLost', 'kickReturns.kickReturnTouchdowns': 'returnTd', 'puntReturns.puntReturnTouchdowns': 'returnTd',
  },
  NHL: {
    goals: 'goals', assists: 'assists', shotsTotal: 'shotsOnGoal', shots: 'shotsOnGoal', blockedShots: 'blockedShots',
    shortHandedGoals: 'shortHandedPoints', shortHandedAssists: 'shortHandedPoints', powerPlayGoals: 'powerPlayPoints',
    powerPlayAssists: 'powerPlayPoints', saves: 'saves', goalsAgainst: 'goalsAgainst',
  },
};

export const ESPN_LEAGUES: Record<string, Sport> = { nba: 'NBA', nfl: 'NFL', nhl: 'NHL', basketball: 'NBA', football: 'NFL', hockey: 'NHL' };
