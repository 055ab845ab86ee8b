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
  /** Fitted sd when playing = scale * mean^power; replaces cv (wide for low means, narrower share for stars). */
  spread?: { scale: number; power: number };
  /** Fitted dud share = min(cap, exp(logAt0 - rate * mean)); replaces dudProb (backups dud far more often). */
  dud?: { logAt0: number; rate: number; cap: number };
  /** Weight of the lognormal in the body (1: lognormal, 0: normal), fitted from observed quantiles; default 1. */
  skew?: number;
  /** Least sd when playing, in points, for hand-set profiles (a low-mean player's tail is never a fixed multiple). */
  minSd?: number;
}

type ProfileTable = Record<string, OutcomeProfile>;

// DraftKings-scale defaults. Where the fixtures have results (NBA, NFL QB/RB/WR/TE), sd and dud share are the
// curves `npx tsx test/bench/fit-history.ts` fits on them, walking forward against the history baseline (16
// DraftKings NBA main slates of 2025-10/11; nflverse 2022 weeks 3-10): sd = scale * mean^power and
// dud = exp(logAt0 - rate * mean) of scores at or below 1 point (the dud band here is floor .. floor + dudHigh),
// skew the lognormal's weight in the body that best matches the observed p10..p90.
// Elsewhere the cv values are hand-set from the spread of public game logs (WR/TE and MLB hitters most
// volatile), with a minimum sd in points so a low mean still has a tail.
const NFL: ProfileTable = {
  QB: { cv: 0.42, dudProb: 0.05, dudHigh: 6, floor: -2, capSd: 6, spread: { scale: 4.181, power: 0.21 }, skew: 0 },
  RB: { cv: 0.6, dudProb: 0.1, dudHigh: 2, floor: -1, capSd: 6, spread: { scale: 3.501, power: 0.365 }, dud: { logAt0: -0.913, rate: 0.153, cap: 0.309 }, skew: 0.8 },
  WR: { cv: 0.72, dudProb: 0.14, dudHigh: 2, floor: -1, capSd: 6, spread: { scale: 4.405, power: 0.239 }, dud: { logAt0: -0.95, rate: 0.149, cap: 0.256 }, skew: 0.3 },
  TE: { cv: 0.78, dudProb: 0.18, dudHigh: 2, floor: -1, capSd: 6, spread: { scale: 2.584, power: 0.431 }, dud: { logAt0: -1.473, rate: 0.097, cap: 0.267 }, skew: 0.2 },
  DST: { cv: 0.85, dudProb: 0.15, dudHigh: 5, floor: -4, capSd: 5, minSd: 4 },
  K: { cv: 0.5, dudProb: 0.06, dudHigh: 3, floor: 0, capSd: 5, minSd: 3 },
};
// One NBA curve for every position: the fit pooled them (3,317 player-games; positions barely differ).
const NBA_FIT: OutcomeProfile = { cv: 0.33, dudProb: 0.03, dudHigh: 1, floor: 0, capSd: 6, spread: { scale: 3.584, power: 0.334 }, dud: { logAt0: 0.129, rate: 0.229, cap: 0.196 }, skew: 0.6 };
const NBA: ProfileTable = { PG: NBA_FIT, SG: NBA_FIT, SF: NBA_FIT, PF: NBA_FIT, C: NBA_FIT };
const MLB: ProfileTable = {
  P: { cv: 0.55, dudProb: 0.08, dudHigh: 4, floor: -8, capSd: 5, minSd: 5 },
  H: { cv: 0.95, dudProb: 0.28, dudHigh: 2, floor: 0, capSd: 6, minSd: 3 },
};
const NHL: ProfileTable = {
  C: { cv: 0.85, dudProb: 0.2, dudHigh: 1.5, floor: 0, capSd: 6, minSd: 2 },
  W: { cv: 0.85, dudProb: 0.2, dudHigh: 1.5, floor: 0, capSd: 6, minSd: 2 },
  D: { cv: 0.85, dudProb: 0.2, dudHigh: 1.5, floor: 0, capSd: 6, minSd: 2 },
  G: { cv: 0.65, dudProb: 0.08, dudHigh: 3, floor: -4, capSd: 5, minSd: 4 },
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

/** Default sd when playing for a mean: the fitted curve, else cv x mean held above minSd. */
export function defaultSd(profile: OutcomeProfile, mean: number): number {
  if (!(mean > 0)) return 0;
  if (profile.spread) return profile.spread.scale * mean ** profile.spread.power;
  return Math.max(mean * profile.cv, Math.min(profile.minSd ?? 0, mean * 2));
}

/** The profile with its dud share for this mean (the fitted curve when there is one). */
export function profileAtMean(profile: OutcomeProfile, mean: number): OutcomeProfile {
  if (!profile.dud) return profile;
  const { logAt0, rate, cap } = profile.dud;
  return { ...profile, dudProb: Math.min(cap, Math.exp(logAt0 - rate * Math.max(mean, 0))) };
}
