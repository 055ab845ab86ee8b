import type { SimSport } from '../types.js';

/**
 * Shape of one position's fantasy-point distribution when the player plays: a "dud" mass spread uniformly
 * over [floor, floor + dudHigh] and above it a shifted lognormal (right-skewed), capped at mean + capSd * sd.
 */
export interface OutcomeProfile {
  /** Default sd as a fraction of the mean (coefficient of variation). */
  cv: number;
  /** Probability of a dud game. */
  dudProb: number;
  /** Width of the dud band above the floor, in points. */
  dudHigh: number;
  /** Lowest realistic score (negative where the scoring allows it). */
  floor: number;
  /** Cap on a single outcome in standard deviations above the mean. */
  capSd: number;
}

type ProfileTable = Record<string, OutcomeProfile>;

// DraftKings-scale defaults. The cv values follow the spread of weekly/nightly scores by position in public
// game logs (WR/TE and MLB hitters most volatile, NBA least); dud masses are the share of near-zero games.
const NFL: ProfileTable = {
  QB: { cv: 0.42, dudProb: 0.05, dudHigh: 6, floor: -2, capSd: 6 },
  RB: { cv: 0.6, dudProb: 0.1, dudHigh: 3, floor: -1, capSd: 6 },
  WR: { cv: 0.72, dudProb: 0.14, dudHigh: 3, floor: -1, capSd: 6 },
  TE: { cv: 0.78, dudProb: 0.18, dudHigh: 2, floor: -1, capSd: 6 },
  DST: { cv: 0.85, dudProb: 0.15, dudHigh: 5, floor: -4, capSd: 5 },
  K: { cv: 0.5, dudProb: 0.06, dudHigh: 3, floor: 0, capSd: 5 },
};
const NBA: ProfileTable = {
  PG: { cv: 0.3, dudProb: 0.03, dudHigh: 5, floor: 0, capSd: 5 },
  SG: { cv: 0.33, dudProb: 0.03, dudHigh: 4, floor: 0, capSd: 5 },
  SF: { cv: 0.33, dudProb: 0.03, dudHigh: 4, floor: 0, capSd: 5 },
  PF: { cv: 0.32, dudProb: 0.03, dudHigh: 4, floor: 0, capSd: 5 },
  C: { cv: 0.32, dudProb: 0.03, dudHigh: 5, floor: 0, capSd: 5 },
};
const MLB: ProfileTable = {
  P: { cv: 0.55, dudProb: 0.08, dudHigh: 4, floor: -8, capSd: 5 },
  H: { cv: 0.95, dudProb: 0.28, dudHigh: 2, floor: 0, capSd: 6 },
};
const NHL: ProfileTable = {
  C: { cv: 0.85, dudProb: 0.2, dudHigh: 1.5, floor: 0, capSd: 6 },
  W: { cv: 0.85, dudProb: 0.2, dudHigh: 1.5, floor: 0, capSd: 6 },
  D: { cv: 0.85, dudProb: 0.2, dudHigh: 1.5, floor: 0, capSd: 6 },
  G: { cv: 0.65, dudProb: 0.08, dudHigh: 3, floor: -4, capSd: 5 },
};

/** Default profiles by sport and normalized position group. */
export const DEFAULT_PROFILES: Record<SimSport, ProfileTable> = { NFL, NBA, MLB, NHL };

const FALLBACK: OutcomeProfile = { cv: 0.6, dudProb: 0.1, dudHigh: 2, floor: 0, capSd: 6 };

/** Maps a site position onto the profile/correlation group of its sport ('SP' → 'P', 'LW' → 'W', 'D' → 'DST'). */
export function normalizePosition(sport: SimSport, position: string): string {
  const p = position.toUpperCase();
  switch (sport) {
    case 'NFL':
      return p === 'D' || p === 'DEF' || p === 'DST' ? 'DST' : p;
    case 'MLB':
      return p === 'P' || p === 'SP' || p === 'RP' ? 'P' : 'H';
    case 'NHL':
      return p === 'LW' || p === 'RW' || p === 'W' || p === 'F' ? 'W' : p;
    case 'NBA':
      return p;
  }
}

/** The profile for a position, with optional per-sport overrides (partial profiles merge over the default). */
export function profileFor(
  sport: SimSport,
  position: string,
  overrides?: Record<string, Partial<OutcomeProfile>>,
): OutcomeProfile {
  const group = normalizePosition(sport, position);
  const base = DEFAULT_PROFILES[sport][group] ?? FALLBACK;
  const override = overrides?.[group];
  return override ? { ...base, ...override } : base;
}
