import { playProbabilityFor } from '../adjust/play-probability.js';
import type { ProjectionInput } from '../adjust/types.js';
import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';
import { HISTORY_MODELS } from './fitted-history-model.js';
import { historyPlayProbability } from './history-availability.js';
import { historyBaseline } from './history-baseline.js';
import type { HistoryIndex } from './history-index.js';

/** What the history step needs of each input besides the ProjectionInput itself. */
export interface HistoryKeys {
  /** Key of the person in the history index (the canonical player id as a string). */
  historyKey: string;
  /** The site's season average, or null. */
  siteAverage: number | null;
}

/**
 * Puts the history model on inputs that are not the user's upload: the baseline becomes the history baseline
 * (source `history` when he has played stored games, else `prior`: the site average blended with the salary
 * line), and `availability` the play probability read from his team's recent stored games. With no stored
 * results for the sport (an empty index) the inputs come back unchanged: site averages as before.
 */
export function applyHistory(sport: SimSport, inputs: readonly ProjectionInput[], keys: readonly HistoryKeys[], index: HistoryIndex): ProjectionInput[] {
  if (index.teamDates.size === 0) return [...inputs];
  const model = HISTORY_MODELS[sport];
  const statusInformed = inputs.some((input) => input.status !== null && input.status !== '');
  return inputs.map((input, i) => {
    if (input.baselineSource === 'upload') return input;
    const key = keys[i]!;
    const history = {
      group: normalizePosition(sport, input.position),
      salary: input.salary,
      siteAverage: key.siteAverage,
      statusInformed,
      games: index.games.get(key.historyKey) ?? [],
      teamDates: index.teamDates.get(input.team) ?? [],
    };
    const baseline = historyBaseline(model, history);
    // A player his status rules out does not play whatever the results say; his availability then only measures how
    // used his team is to his absence (the share of his points it frees, redistribute-vacated.ts), which is the
    // model read without statuses (the status-informed one was fitted on players not ruled out).
    const ruledOut = playProbabilityFor(input.status) === 0;
    const availability = historyPlayProbability(model, ruledOut ? { ...history, statusInformed: false } : history);
    if (!baseline) return { ...input, availability };
    return { ...input, baseline: baseline.mean, baselineSource: baseline.gamesPlayed > 0 ? 'history' : 'prior', availability };
  });
}
