import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { buildChecked, playersOf } from '../../test/optimizer/support/build-checked.js';
import type { Lineup, OptimizerPlayer } from './types.js';
import { getSiteRules } from '../sites/index.js';

const MLB = getSiteRules('draftkings', 'MLB', 'classic');
// Seed 6: the plain best lineups pile 2-3 hitters on the team facing their own pitcher, so the rules below bind.
const mlb = generateSlate(MLB, { games: 3, depth: 2, seed: 6 });
const HITTERS = ['C', '1B', '2B', '3B', 'SS', 'OF'];
const isPitcher = (p: OptimizerPlayer): boolean => p.positions.includes('SP');

/** Per pitcher in the lineup: how many of the lineup's hitters bat against him. */
const hittersFacingOwnPitcher = (l: Lineup): number[] => {
  const ps = playersOf(l);
  return ps.filter(isPitcher).map((sp) => ps.filter((p) => !isPitcher(p) && p.team === sp.opponent).length);
};

describe('MLB rules hold in every lineup', () => {
  it('when no hitter may face his own pitcher, then no lineup has one (the plain lineups do)', async () => {
    const plain = await buildChecked(mlb, MLB, { lineups: 3 });
    expect(Math.max(...plain.flatMap(hittersFacingOwnPitcher))).toBeGreaterThan(1);

    const lineups = await buildChecked(mlb, MLB, { lineups: 5, opponentRules: [{ positions: ['SP'], against: HITTERS, allowed: 0 }] });
    for (const l of lineups) expect(hittersFacingOwnPitcher(l)).toEqual([0, 0]);
  });

  it('when at most 1 hitter may face his own pitcher, then each pitcher faces 0 or 1 of the lineup\'s hitters', async () => {
    const lineups = await buildChecked(mlb, MLB, { lineups: 5, opponentRules: [{ positions: ['SP'], against: HITTERS, allowed: 1 }] });
    for (const l of lineups) for (const n of hittersFacingOwnPitcher(l)) expect(n).toBeLessThanOrEqual(1);
    // The allowance is used, not rounded down to "none": some lineup keeps one such hitter.
    expect(lineups.some((l) => hittersFacingOwnPitcher(l).includes(1))).toBe(true);
  });

  it('when a 5-3 stack of hitters is asked, then two different teams give 5 and 3 hitters', async () => {
    const lineups = await buildChecked(mlb, MLB, { lineups: 4, stacks: [{ kind: 'team-sizes', sizes: [5, 3], positions: HITTERS }] });
    for (const l of lineups) {
      const hitters = playersOf(l).filter((p) => !isPitcher(p));
      const counts = [...new Set(hitters.map((p) => p.team))].map((t) => hitters.filter((p) => p.team === t).length).sort((a, b) => b - a);
      expect(counts[0]).toBeGreaterThanOrEqual(5);
      expect(counts[1]).toBeGreaterThanOrEqual(3);
    }
  });
});
