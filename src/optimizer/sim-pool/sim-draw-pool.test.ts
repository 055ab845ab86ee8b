import { describe, expect, it } from 'vitest';
import { bruteForceTop } from '../../../test/optimizer/support/brute-force-top.js';
import { lineupProblems } from '../../../test/optimizer/support/check-lineup.js';
import { generateSlate, seeded } from '../../../test/optimizer/support/generate-slate.js';
import { parseOptimizerRules } from '../rules-schema.js';
import { buildSimDrawPool } from './sim-draw-pool.js';
import { getSiteRules } from '../../sites/index.js';

describe('buildSimDrawPool', () => {
  const site = getSiteRules('draftkings', 'NFL', 'classic');
  const players = generateSlate(site, { seed: 5, games: 2 });
  const next = seeded(11);
  const draws = Array.from({ length: 12 }, () => players.map((p) => Math.max(0, p.projection * (0.4 + next() * 1.2))));

  it('when 12 draws are solved on a worker thread, then each lineup is the brute-force best of every draw it wins', async () => {
    const seen: number[] = [];
    const pool = await buildSimDrawPool(players, site, parseOptimizerRules({}), draws, { workers: 2, onProgress: (done) => seen.push(done) });
    expect(pool.solved).toBe(12);
    expect(pool.infeasible).toBe(0);
    expect(pool.lineups.flatMap((l) => l.draws).sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    expect(seen.at(-1)).toBe(12);
    for (const { lineup, draws: won } of pool.lineups) {
      expect(lineupProblems(lineup, site)).toEqual([]);
      const ids = new Set(lineup.slots.map((s) => s.player.id));
      for (const k of won) {
        const draw = draws[k] ?? [];
        const inDraw = players.map((p, i) => ({ ...p, projection: draw[i] ?? 0 }));
        const mine = inDraw.filter((p) => ids.has(p.id)).reduce((t, p) => t + p.projection, 0);
        expect(mine).toBeCloseTo(bruteForceTop(inDraw, site, 1)[0] ?? Number.NaN, 6);
      }
    }
  }, 60_000);

  it('when 5 of the 12 draws are asked for, then a seeded subset of 5 distinct draws is solved, the same for the same seed', async () => {
    const rules = parseOptimizerRules({});
    const a = await buildSimDrawPool(players, site, rules, draws, { workers: 0, lineups: 5, seed: 3 });
    const b = await buildSimDrawPool(players, site, rules, draws, { workers: 0, lineups: 5, seed: 3 });
    const drawsOf = (p: typeof a): number[] => p.lineups.flatMap((l) => l.draws).sort((x, y) => x - y);
    expect(new Set(drawsOf(a)).size).toBe(5);
    expect(drawsOf(a)).toEqual(drawsOf(b));
  });

  it('when a draw has the wrong number of values, then the pool is refused naming the draw', async () => {
    await expect(buildSimDrawPool(players, site, parseOptimizerRules({}), [players.map(() => 1), [1, 2]])).rejects.toThrow(/sim draw 2 has 2 values/);
  });
});
