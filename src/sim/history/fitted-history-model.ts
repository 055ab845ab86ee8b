import type { SimSport } from '../types.js';

/**
 * The history model's fitted constants, per sport. Every number here is printed by
 * `npx tsx test/bench/fit-history.ts` from the real results in test/fixtures/results (16 DraftKings NBA main
 * slates 2025-10-21..11-05 with actual points and a played flag; nflverse 2022 weeks 1-10 scored to DraftKings
 * points; the DraftKings NFL 2022-11-20 salaries). Simple parametric forms on purpose: a line, a power law, an
 * exponential, a logistic with five inputs, so they carry over to slates the fit never saw. MLB and NHL have no
 * stored results in the fixtures: they keep their hand-set profiles and borrow the NBA availability model.
 */

/** Mean points when playing from salary alone: intercept + perThousand * salary/1000, never below `min`. */
export interface SalaryPrior {
  intercept: number;
  perThousand: number;
  min: number;
}

/** How the baseline blends its sources (see historyBaseline). */
export interface BaselineWeights {
  /** Weight of the site's season average against the salary line in the prior (when the site has one). */
  siteAverageWeight: number;
  /** The prior counts as this many of the player's own games (shrinkage). */
  priorGames: number;
  /** A game's weight halves every this many of the player's later games (role changes weigh in fast). */
  halfLifeGames: number;
}

/** Logistic play probability: logit = intercept + sum of coefficient x input (see historyPlayProbability). */
export interface AvailabilityModel {
  intercept: number;
  /** He played his team's most recent stored game. */
  playedLast: number;
  /** Share of his team's last RECENT_TEAM_GAMES stored games he played. */
  recentShare: number;
  /** His team has no stored games yet (nothing to read). */
  noTeamHistory: number;
  /** Priced at the site's minimum (end of the bench). */
  minSalary: number;
  /** The site shows no season average (no game this season). */
  noSiteAverage: number;
  /** His mean points in the stored games he played, in tens (capped at 5): regulars miss less than backups. */
  form: number;
}

/** One sport's fitted history model (the fitted spread and dud curves live in dist/outcome-profiles.ts). */
export interface SportHistoryModel {
  salaryPrior: Record<string, SalaryPrior>;
  weights: BaselineWeights;
  availability: AvailabilityModel;
  /** The same fitted on players the slate's statuses did not rule out, for slates that carry statuses. */
  availabilityWithStatus?: AvailabilityModel;
  /** Highest salary that counts as the site minimum. */
  minSalaryAt: number;
  /** Share of an out player's expected points his teammates gained, measured (redistribute-vacated.ts). */
  vacatedShare: number | null;
  /** Where the numbers come from. */
  source: string;
}

/** Stored team games read for availability. */
export const RECENT_TEAM_GAMES = 3;

// NBA: fit-history.ts on the 16 DraftKings NBA dates, walking forward (each date sees only earlier dates).
const NBA_PRIOR: SalaryPrior = { intercept: -8.96, perThousand: 6.04, min: 1 };
const NBA: SportHistoryModel = {
  salaryPrior: { PG: NBA_PRIOR, SG: NBA_PRIOR, SF: NBA_PRIOR, PF: NBA_PRIOR, C: NBA_PRIOR },
  // Walk-forward MAE of players who played: 7.555 against AvgPointsPerGame's 8.152.
  weights: { siteAverageWeight: 0.3, priorGames: 6, halfLifeGames: 2 },
  availability: { intercept: -0.442, playedLast: 1.192, recentShare: 1.497, noTeamHistory: 1.409, minSalary: -0.965, noSiteAverage: -0.731, form: 0.114 },
  // Fitted on the 2,519 player-games LineStar's pre-lock status did not rule out (out: 6 of 798 played).
  availabilityWithStatus: { intercept: 1.806, playedLast: 0.553, recentShare: 0.031, noTeamHistory: 0.294, minSalary: -2.03, noSiteAverage: -0.062, form: 0.888 },
  minSalaryAt: 3200,
  // Teammates gain 0.78 (se 0.09, 160 team-dates) of the points an absence beyond his usual rate frees.
  vacatedShare: 0.78,
  source: 'fit-history.ts: DraftKings NBA 2025-10-21..2025-11-05 (16 main slates, 3,317 player-games)',
};

// NFL: fit-history.ts on nflverse 2022 weeks 1-10 (DraftKings points) and the DraftKings 2022-11-20 salaries.
// The nflverse rows are the games a player recorded a stat, so "played" there means "touched the ball".
// The salary line is not fitted (nflverse has no salaries): the site average is the prior. minSalary,
// noTeamHistory and noSiteAverage are the NBA's (the NFL data has no rows for players who never play).
const NFL: SportHistoryModel = {
  salaryPrior: {},
  // Walk-forward MAE 5.487 against the plain season mean's 5.493: recency adds little over ten weeks.
  weights: { siteAverageWeight: 1, priorGames: 8, halfLifeGames: 2 },
  availability: { ...NBA.availability, intercept: -1.878, playedLast: 1.241, recentShare: 1.604, form: 1.039 },
  minSalaryAt: 0,
  vacatedShare: null,
  source: 'fit-history.ts: nflverse 2022 weeks 1-10 scored to DraftKings points; DraftKings NFL 2022-11-20 salaries',
};

const BORROWED: SportHistoryModel = {
  salaryPrior: {},
  weights: { siteAverageWeight: 1, priorGames: 4, halfLifeGames: 4 },
  availability: NBA.availability,
  minSalaryAt: 0,
  vacatedShare: null,
  source: 'no stored results in the fixtures: site-average prior, NBA availability model, hand-set profiles',
};

/** The fitted history model of each sport. */
export const HISTORY_MODELS: Record<SimSport, SportHistoryModel> = { NBA, NFL, MLB: BORROWED, NHL: BORROWED };
