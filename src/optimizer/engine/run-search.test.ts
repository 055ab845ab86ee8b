import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSalaryFile } from '../../ingest/dfs/index.js';
import { lineupProblems } from '../../../test/optimizer/support/check-lineup.js';
import { generateSlate } from '../../../test/optimizer/support/generate-slate.js';
import { playersFromParsedSlate } from '../from-parsed-slate.js';
import { optimizeLineups } from '../optimize-lineups.js';
import { parseOptimizerRules } from '../rules-schema.js';
import { getSiteRules } from '../../sites/index.js';

const NFL = getSiteRules('draftkings', 'NFL', 'classic');

describe('exact search with GPP rules', () => {
  it('when a stack with a bring-back, 3 unique and a 50% cap are asked on a small slate, then the search gives HiGHS exact mode\'s lineups', async () => {
    const players = generateSlate(NFL, { seed: 4, games: 3 });
    const rules = parseOptimizerRules({
      lineups: 12, mode: 'exact', minUnique: 3, exposure: { maxPlayer: 0.5 },
      stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE']], bringBack: { positions: ['WR', 'TE', 'RB'] } }],
    });
    const searched = await optimizeLineups(players, NFL, rules);
    const highs = await optimizeLineups(players, NFL, rules, { searchNodes: 0 });
    expect(searched.stats.mode).toBe('exact-search');
    expect(highs.stats.mode).toBe('exact-sequential');
    expect(searched.lineups.map((l) => l.projection.toFixed(4))).toEqual(highs.lineups.map((l) => l.projection.toFixed(4)));
    for (const l of searched.lineups) {
      expect(lineupProblems(l, NFL)).toEqual([]);
      const qbTeam = l.slots.find((s) => s.slot === 'QB')?.player.team;
      expect(l.stacks.some((s) => s.kind === 'team')).toBe(true);
      expect(qbTeam).toBeDefined();
    }
    for (const p of searched.exposure.players) expect(p.count).toBeLessThanOrEqual(6);
  }, 60_000);

  it('when best-effort exposure caps everyone at 60% and one player is locked, then only the locked player\'s cap is missed and named', async () => {
    const parsed = parseSalaryFile(readFileSync(new URL('../../../test/fixtures/optimizer/dk_nfl_classic_2022-11-20_DKSalaries.csv', import.meta.url)), { site: 'draftkings', fileName: 'DKSalaries.csv' });
    const players = playersFromParsedSlate(parsed.players, parsed.games);
    const rules = parseOptimizerRules({
      lineups: 20, exposure: { maxPlayer: 0.6, mode: 'best-effort' }, locks: [{ player: '25323474' }],
      stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']] }],
    });
    const result = await optimizeLineups(players, NFL, rules);
    expect(result.lineups).toHaveLength(20);
    expect(result.missedExposure.map((m) => m.label)).toEqual(['Justin Jefferson']);
    for (const p of result.exposure.players) if (p.name !== 'Justin Jefferson') expect(p.count).toBeLessThanOrEqual(12);
    for (const l of result.lineups) expect(l.slots.map((s) => s.player.id)).toContain('25323474');
  }, 60_000);

  it('when a group asks for 2 of 3 players (and at most 1 of another 3), then the search gives HiGHS exact mode\'s lineups without leaving the search', async () => {
    const players = generateSlate(NFL, { seed: 9, games: 3 });
    const byValue = [...players].sort((a, b) => b.projection - a.projection);
    const pick = (pos: string, k: number): string[] => byValue.filter((p) => p.positions.includes(pos)).slice(3, 3 + k).map((p) => p.id);
    // Mid-ranked players, so the minimum binds: the best lineups hold at most one of them.
    const wanted = [...pick('WR', 2), ...pick('RB', 1)];
    const capped = [...pick('QB', 1), ...pick('TE', 2)];
    const rules = parseOptimizerRules({
      lineups: 10, mode: 'exact',
      groups: [{ name: 'core', players: wanted, min: 2 }, { players: capped, max: 1 }],
    });
    const searched = await optimizeLineups(players, NFL, rules);
    const highs = await optimizeLineups(players, NFL, rules, { searchNodes: 0 });
    expect(searched.stats.mode).toBe('exact-search');
    expect(highs.stats.mode).toBe('exact-sequential');
    expect(searched.lineups.map((l) => l.projection.toFixed(4))).toEqual(highs.lineups.map((l) => l.projection.toFixed(4)));
    for (const l of searched.lineups) {
      const ids = l.slots.map((s) => s.player.id);
      expect(ids.filter((id) => wanted.includes(id)).length).toBeGreaterThanOrEqual(2);
      expect(ids.filter((id) => capped.includes(id)).length).toBeLessThanOrEqual(1);
    }
  }, 60_000);
});
