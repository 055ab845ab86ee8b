import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSalaryFile } from '../../ingest/dfs/index.js';
import { bruteForceTop } from '../../../test/optimizer/support/brute-force-top.js';
import { lineupProblems } from '../../../test/optimizer/support/check-lineup.js';
import { generateSlate } from '../../../test/optimizer/support/generate-slate.js';
import { playersFromParsedSlate } from '../from-parsed-slate.js';
import { optimizeLineups } from '../optimize-lineups.js';
import { prunePlayersForTopN } from '../prune-players.js';
import { parseOptimizerRules } from '../rules-schema.js';
import type { OptimizerPlayer } from '../types.js';
import { getSiteRules, listSiteRules } from '../../sites/index.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../../test/fixtures/optimizer/${name}`, import.meta.url));
const sum = (values: number[]): number => values.reduce((t, v) => t + v, 0);
const points = (lineups: Array<{ projection: number }>): number[] => lineups.map((l) => l.projection);

function slate(name: string): OptimizerPlayer[] {
  const parsed = parseSalaryFile(fixture(name), { site: 'draftkings', fileName: 'DKSalaries.csv' });
  return playersFromParsedSlate(parsed.players, parsed.games);
}

describe('exact mode returns the true top-N lineups', () => {
  for (const site of listSiteRules()) {
    const label = `${site.site} ${site.sport} ${site.gameType}`;
    it(`when a small generated ${label} slate asks for 25 exact lineups, then they are the brute-force top 25`, async () => {
      const players = generateSlate(site, { seed: 3, games: 2 });
      const expected = bruteForceTop(players, site, 25);
      const { lineups, stats } = await optimizeLineups(players, site, parseOptimizerRules({ lineups: 25, mode: 'exact' }));
      expect(stats.mode).toBe('exact-search');
      expect(points(lineups).length).toBe(expected.length);
      points(lineups).forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? Number.NaN, 6));
      for (const l of lineups) expect(lineupProblems(l, site)).toEqual([]);
    });
  }

  it('when the real DK NBA showdown slate (its 22 best people) asks for 40 lineups, then the search and HiGHS both return the brute-force top 40', async () => {
    const site = getSiteRules('draftkings', 'NBA', 'showdown');
    const all = slate('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv');
    const keys = [...new Set([...all].sort((a, b) => b.projection - a.projection).map((p) => p.playerKey))].slice(0, 22);
    const players = all.filter((p) => keys.includes(p.playerKey));
    const expected = bruteForceTop(players, site, 40);
    expect(expected).toHaveLength(40);
    const rules = parseOptimizerRules({ lineups: 40, mode: 'exact' });
    const searched = await optimizeLineups(players, site, rules);
    const highs = await optimizeLineups(players, site, rules, { searchNodes: 0 });
    expect(searched.stats.mode).toBe('exact-search');
    expect(highs.stats.mode).toBe('exact-sequential');
    for (const run of [searched, highs]) {
      points(run.lineups).forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? Number.NaN, 6));
      for (const l of run.lineups) expect(lineupProblems(l, site)).toEqual([]);
    }
  }, 60_000);

  it('when the real DK NFL 2022-11-20 slate asks for 150 exact lineups, then their sum is the true 24,866.99 and the exact pruning keeps every player of them', async () => {
    const site = getSiteRules('draftkings', 'NFL', 'classic');
    const players = slate('dk_nfl_classic_2022-11-20_DKSalaries.csv');
    const rules = parseOptimizerRules({ lineups: 150, mode: 'exact' });
    // Unpruned: every player of the slate is in the model.
    const full = await optimizeLineups(players, site, rules, { prune: false });
    expect(full.stats.mode).toBe('exact-search');
    expect(full.lineups[0]?.projection).toBeCloseTo(168.39, 6);
    expect(sum(points(full.lineups))).toBeCloseTo(24866.99, 6);
    // The pool that exact runs (search or HiGHS) start from holds every player of that top 150. The margin that
    // is safe for lineup #1 only (3 extra dominators) dropped one and cost 0.69 pts.
    const pool = new Set((prunePlayersForTopN(players, site, rules, 150) ?? players).map((p) => p.id));
    const needed = new Set(full.lineups.flatMap((l) => l.slots.map((s) => s.player.id)));
    expect([...needed].filter((id) => !pool.has(id))).toEqual([]);
    expect(pool.size).toBeLessThan(players.length);
    const pruned = await optimizeLineups(players, site, rules);
    expect(sum(points(pruned.lineups))).toBeCloseTo(24866.99, 6);
  }, 60_000);
});
