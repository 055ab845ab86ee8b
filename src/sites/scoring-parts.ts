/**
 * Scoring shared by the sites' tables: NFL team defense points-allowed tiers, defense and kicking points, and the
 * threshold bonus constructor.
 */
import type { ScoringTier, ThresholdBonus } from '../core/scoring-rules.js';

const INF = Number.POSITIVE_INFINITY;
export const NFL_POINTS_ALLOWED: ScoringTier = {
  stat: 'pointsAllowed', onlyWhenPresent: true,
  tiers: [{ max: 0, points: 10 }, { max: 6, points: 7 }, { max: 13, points: 4 }, { max: 20, points: 1 },
    { max: 27, points: 0 }, { max: 34, points: -1 }, { max: INF, points: -4 }],
};
export const NFL_DEFENSE = { sacks: 1, defInt: 2, fumbleRecoveries: 2, safeties: 2, defTd: 6, blockedKicks: 2 };
export const NFL_KICKING = { fgMade0to39: 3, fgMade40to49: 4, fgMade50plus: 5, xpMade: 1 };
export const threshold = (stats: string[], atLeast: number, points: number): ThresholdBonus => ({ kind: 'threshold', stats, atLeast, points });

