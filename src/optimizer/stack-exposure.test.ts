import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { buildChecked, countWhere } from '../../test/optimizer/support/build-checked.js';
import type { OptimizerPlayer } from './types.js';
import { getSiteRules } from '../sites/index.js';

const HITTERS = ['C', '1B', '2B', '3B', 'SS', 'OF'];
const teamsOf = (ps: OptimizerPlayer[]): string[] => [...new Set(ps.map((p) => p.team))];
const gamesOf = (ps: OptimizerPlayer[]): string[] => [...new Set(ps.flatMap((p) => (p.gameKey === null ? [] : [p.gameKey])))];

/** Game stack as the rule defines it: `size` players of the game, `perSide` from each team. */
const stacksGame = (ps: OptimizerPlayer[], game: string, size: number, perSide: number): boolean => {
  const inGame = ps.filter((p) => p.gameKey === game);
  return inGame.length >= size && teamsOf(inGame).length === 2 && teamsOf(inGame).every((t) => inGame.filter((p) => p.team === t).length >= perSide);
};

// Exposure is counted from what each lineup holds, so a stack that forms without the solver "choosing" it counts.
describe('per-stack exposure for team-sizes, game and line stacks', () => {
  it('when a 5-3 hitter stack may use a team in at most half the lineups, then no team has 3+ hitters in more than 2 of 4', async () => {
    // Without the bound, team A2 carries the 5 in every lineup on this slate.
    const MLB = getSiteRules('draftkings', 'MLB', 'classic');
    const mlb = generateSlate(MLB, { games: 3, depth: 2, seed: 5 });
    const lineups = await buildChecked(mlb, MLB, { lineups: 4, stacks: [{ kind: 'team-sizes', sizes: [5, 3], positions: HITTERS, maxExposure: 0.5 }] });
    expect(lineups).toHaveLength(4);
    for (const team of teamsOf(mlb)) {
      expect(countWhere(lineups, (ps) => ps.filter((p) => p.team === team && !p.positions.includes('SP')).length >= 3)).toBeLessThanOrEqual(2);
    }
  });

  it('when a 5-player game stack may use a game in at most half the lineups, then no game is stacked in more than 2 of 4', async () => {
    const NFL = getSiteRules('draftkings', 'NFL', 'classic');
    const nfl = generateSlate(NFL, { games: 3, depth: 2, seed: 11 });
    const lineups = await buildChecked(nfl, NFL, { lineups: 4, stacks: [{ kind: 'game', size: 5, minFromEachTeam: 2, maxExposure: 0.5 }] });
    expect(lineups).toHaveLength(4);
    for (const game of gamesOf(nfl)) expect(countWhere(lineups, (ps) => stacksGame(ps, game, 5, 2))).toBeLessThanOrEqual(2);
  });

  it('when the two stackable games must each be stacked in half the lineups, then A0@H0 is stacked in 2 of 4', async () => {
    // Unbounded, A2@H2 is the stacked game in every lineup on this slate.
    const NFL = getSiteRules('draftkings', 'NFL', 'classic');
    const nfl = generateSlate(NFL, { games: 3, depth: 2, seed: 11 });
    const games = ['A0@H0', 'A2@H2'];
    const lineups = await buildChecked(nfl, NFL, { lineups: 4, stacks: [{ kind: 'game', size: 5, minFromEachTeam: 2, games, minExposure: 0.5 }] });
    expect(lineups).toHaveLength(4);
    for (const game of games) expect(countWhere(lineups, (ps) => stacksGame(ps, game, 5, 2))).toBeGreaterThanOrEqual(2);
  });

  it('when a 2-player line stack may use a line in at most half the lineups, then no line has 2 players in 3 of 4', async () => {
    // A pair from a line at its cap also forms beside the stack the solver picked (H0 line 2 did in 4 of 4 when only
    // the picked stack was counted), so the cap must hold for every pair in the lineup.
    const NHL = getSiteRules('draftkings', 'NHL', 'classic');
    const nhl = generateSlate(NHL, { games: 3, depth: 2, seed: 5 });
    const lineups = await buildChecked(nhl, NHL, { lineups: 4, stacks: [{ kind: 'line', size: 2, maxExposure: 0.5 }] });
    expect(lineups).toHaveLength(4);
    const lines = [...new Set(nhl.map((p) => `${p.team}:${p.line ?? ''}`))];
    for (const line of lines) expect(countWhere(lineups, (ps) => ps.filter((p) => `${p.team}:${p.line ?? ''}` === line).length >= 2)).toBeLessThanOrEqual(2);
  });
});
