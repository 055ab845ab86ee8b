import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerBackend, optimizeLineups, parseOptimizerRules } from '../../src/optimizer/solve.js';
import { generateSlate } from './support/generate-slate.js';
import { getSiteRules } from '../../src/sites/index.js';

describe('one worker pool shared by concurrent runs', () => {
  const backend = createWorkerBackend(2);
  afterAll(() => backend.close());

  it('when two runs on different slates overlap on the same pool, then each gets the lineups it gets alone', async () => {
    const nfl = getSiteRules('draftkings', 'NFL', 'classic');
    const nba = getSiteRules('fanduel', 'NBA', 'classic');
    const a = generateSlate(nfl, { games: 3, depth: 2, seed: 41 });
    const b = generateSlate(nba, { games: 2, seed: 42 });
    const rules = parseOptimizerRules({ lineups: 4, minUnique: 2 });
    const ids = (r: Awaited<ReturnType<typeof optimizeLineups>>): string[][] => r.lineups.map((l) => l.slots.map((s) => s.player.id));

    const [ra, rb] = await Promise.all([optimizeLineups(a, nfl, rules, { backend }), optimizeLineups(b, nba, rules, { backend })]);
    const alone = await optimizeLineups(a, nfl, rules);

    expect(ids(ra)).toEqual(ids(alone));
    expect(ra.lineups[0]?.projection).toBeCloseTo(alone.lineups[0]?.projection ?? 0, 6);
    expect(rb.lineups).toHaveLength(4);
    expect(rb.lineups.every((l) => l.slots.length === 9)).toBe(true);
  });
});
