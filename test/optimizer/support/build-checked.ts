import { expect } from 'vitest';
import type { SiteRules } from '../../../src/core/site-rules.js';
import { optimizeLineups } from '../../../src/optimizer/optimize-lineups.js';
import { parseOptimizerRules, type OptimizerRulesInput } from '../../../src/optimizer/rules-schema.js';
import type { Lineup, OptimizerPlayer } from '../../../src/optimizer/types.js';
import { lineupProblems } from './check-lineup.js';

export const playersOf = (l: Lineup): OptimizerPlayer[] => l.slots.map((s) => s.player);

/** Builds lineups (default 6) and fails the test unless there are some and each one keeps the site rules. */
export async function buildChecked(players: OptimizerPlayer[], site: SiteRules, input: OptimizerRulesInput): Promise<Lineup[]> {
  const { lineups } = await optimizeLineups(players, site, parseOptimizerRules({ lineups: 6, ...input }));
  expect(lineups.length).toBeGreaterThan(0);
  for (const l of lineups) expect(lineupProblems(l, site)).toEqual([]);
  return lineups;
}

/** How many lineups hold `test`: exposure checks count by what the lineups contain, not by the solver's view. */
export const countWhere = (lineups: Lineup[], test: (players: OptimizerPlayer[]) => boolean): number =>
  lineups.filter((l) => test(playersOf(l))).length;
