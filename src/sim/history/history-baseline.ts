import type { SalaryPrior, SportHistoryModel } from './fitted-history-model.js';
import type { PlayerHistoryInput } from './history-types.js';

/** A history baseline and what it stands on. */
export interface HistoryBaseline {
  /** Expected points when he plays. */
  mean: number;
  /** The prior the own games were shrunk toward (salary line blended with the site average). */
  prior: number;
  /** Games he played in the stored results. */
  gamesPlayed: number;
}

/** The salary line of a position group, or null when the sport has none fitted for it. */
export function salaryPriorMean(prior: SalaryPrior | undefined, salary: number): number | null {
  if (!prior || !(salary > 0)) return null;
  return Math.max(prior.intercept + (prior.perThousand * salary) / 1000, prior.min);
}

/**
 * Recency-weighted mean of the player's played games, shrunk toward a prior: the salary line blended with the
 * site's season average (either alone when the other is missing). The prior counts as `priorGames` games, so a
 * player with one game sits near the prior and one with fifteen near his own form. A game's weight halves every
 * `halfLifeGames` later games, so a role change shows within a few games. Null when there is nothing to go on
 * (no games, no salary line, no site average).
 */
export function historyBaseline(model: SportHistoryModel, input: PlayerHistoryInput): HistoryBaseline | null {
  const { weights } = model;
  const salaryMean = salaryPriorMean(model.salaryPrior[input.group], input.salary);
  const site = input.siteAverage !== null && input.siteAverage > 0 ? input.siteAverage : null;
  const prior =
    salaryMean !== null && site !== null
      ? weights.siteAverageWeight * site + (1 - weights.siteAverageWeight) * salaryMean
      : (site ?? salaryMean);
  const played = input.games.filter((g) => g.played);
  let weightSum = 0;
  let pointSum = 0;
  for (let i = 0; i < played.length; i++) {
    const w = 0.5 ** ((played.length - 1 - i) / weights.halfLifeGames);
    weightSum += w;
    pointSum += w * played[i]!.points;
  }
  if (prior === null && weightSum === 0) return null;
  const mean = prior === null ? pointSum / weightSum : (weights.priorGames * prior + pointSum) / (weights.priorGames + weightSum);
  return { mean: Math.max(mean, 0), prior: prior ?? mean, gamesPlayed: played.length };
}
