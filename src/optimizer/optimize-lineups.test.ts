import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { bruteForceBest, lineupProblems } from '../../test/optimizer/support/check-lineup.js';
import { optimizeLineups } from './optimize-lineups.js';
import { parseOptimizerRules } from './rules-schema.js';
import { listSiteRules } from '../sites/index.js';

describe('optimizeLineups: lineup #1 is the true optimum', () => {
  for (const site of listSiteRules()) {
    const label = `${site.site} ${site.sport} ${site.gameType}`;
    it.each([1, 2])(`when a small ${label} slate (seed %i) is solved, then lineup #1 equals the brute-force optimum`, async (seed) => {
      const players = generateSlate(site, { seed, games: site.minTeams !== null && site.minTeams > 2 ? 2 : 2 });
      const best = bruteForceBest(players, site);
      const { lineups } = await optimizeLineups(players, site, parseOptimizerRules({ lineups: 3 }));
      expect(lineups[0]?.projection).toBeCloseTo(best, 6);
      for (const l of lineups) expect(lineupProblems(l, site)).toEqual([]);
      expect(lineups.map((l) => l.projection)).toEqual([...lineups.map((l) => l.projection)].sort((a, b) => b - a));
    });
  }
});
