import { RECENT_TEAM_GAMES, type SportHistoryModel } from './fitted-history-model.js';
import type { PlayerHistoryInput } from './history-types.js';

/** The inputs of the availability logistic, as the fit and the sim both read them. */
export interface AvailabilityInputs {
  playedLast: number;
  recentShare: number;
  noTeamHistory: number;
  minSalary: number;
  noSiteAverage: number;
  form: number;
}

/** Reads the availability inputs from a player's stored games and his team's. */
export function availabilityInputs(model: SportHistoryModel, input: PlayerHistoryInput): AvailabilityInputs {
  const played = input.games.filter((g) => g.played);
  const playedOn = new Set(played.map((g) => g.date));
  const form = played.length === 0 ? 0 : Math.min(played.reduce((s, g) => s + g.points, 0) / played.length / 10, 5);
  const recent = input.teamDates.slice(-RECENT_TEAM_GAMES);
  const last = recent[recent.length - 1];
  return {
    playedLast: last !== undefined && playedOn.has(last) ? 1 : 0,
    recentShare: recent.length === 0 ? 0 : recent.filter((d) => playedOn.has(d)).length / recent.length,
    noTeamHistory: recent.length === 0 ? 1 : 0,
    minSalary: model.minSalaryAt > 0 && input.salary <= model.minSalaryAt ? 1 : 0,
    noSiteAverage: input.siteAverage === null || input.siteAverage <= 0 ? 1 : 0,
    form,
  };
}

/**
 * Chance he plays, from the data alone: a player absent from his team's recent stored games (no played row
 * while the team played) is likely out; a min-salary player with no season average rarely sees the floor.
 */
export function historyPlayProbability(model: SportHistoryModel, input: PlayerHistoryInput): number {
  const x = availabilityInputs(model, input);
  const a = input.statusInformed ? (model.availabilityWithStatus ?? model.availability) : model.availability;
  const logit =
    a.intercept + a.playedLast * x.playedLast + a.recentShare * x.recentShare + a.noTeamHistory * x.noTeamHistory + a.minSalary * x.minSalary + a.noSiteAverage * x.noSiteAverage + a.form * x.form;
  return 1 / (1 + Math.exp(-logit));
}
