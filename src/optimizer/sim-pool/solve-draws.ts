import type { SiteRules } from '../../core/site-rules.js';
import { buildLineupModel } from '../model/build-lineup-model.js';
import { costsFromPoints } from '../objective-costs.js';
import type { OptimizerRules } from '../rules-schema.js';
import { prepareSearch, searchTopLineups } from '../search/top-lineups.js';
import type { OptimizerPlayer } from '../types.js';

/**
 * Salary grid of the per-draw bounds. A coarser grid builds the tables faster but its looser bounds cost more
 * nodes: 300 NFL draws took 3.8 s of CPU at 125 steps, 2.1 s at 250 and 1.8 s at DK's exact 500 ($100) steps.
 */
const DRAW_UNITS = 1000;

/** The best lineup for one draw: its columns at 1 and the draw's points for it; null when no lineup exists. */
export interface DrawSolution {
  draw: number;
  ones: number[] | null;
  objective: number;
}

/**
 * Solves draws one after another on one model: lineup for draw k maximises blend x projection + (1 - blend) x
 * draw k. `draws` holds players.length values per draw, draw after draw. Each solve starts warm: the previous
 * draw's lineup, valued at this draw's points, is the bar the search must beat, so most branches end at once;
 * when nothing beats it, it is this draw's optimum.
 */
export function solveDraws(players: OptimizerPlayer[], siteRules: SiteRules, rules: OptimizerRules, draws: Float64Array,
  indexes: number[], blend: number, onSolved?: (solution: DrawSolution) => void): DrawSolution[] {
  const model = buildLineupModel(players, siteRules, { ...rules, lineups: 1 });
  const prepared = prepareSearch(model);
  if (!prepared) throw new Error('sim-draw pool: the model has no salary cap to search with');
  const n = players.length;
  const points = new Float64Array(n);
  const out: DrawSolution[] = [];
  let previous: number[] | null = null;
  for (const k of indexes) {
    for (let i = 0; i < n; i += 1) points[i] = blend * (players[i]?.projection ?? 0) + (1 - blend) * (draws[k * n + i] ?? 0);
    const costs = costsFromPoints(model, points);
    const warm = previous ? previous.reduce((t, c) => t + (costs[c] ?? 0), 0) : Number.NEGATIVE_INFINITY;
    const found = searchTopLineups(model, { count: 1, costs, maxUnits: DRAW_UNITS, floor: warm - 1e-9 }, prepared);
    const best = found?.lineups[0];
    const solution: DrawSolution = best ? { draw: k, ones: best.ones, objective: best.objective }
      : previous ? { draw: k, ones: previous, objective: warm } : { draw: k, ones: null, objective: Number.NaN };
    if (solution.ones) previous = solution.ones;
    out.push(solution);
    onSolved?.(solution);
  }
  return out;
}
