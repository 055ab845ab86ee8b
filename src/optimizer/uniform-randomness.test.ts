import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { buildChecked, playersOf } from '../../test/optimizer/support/build-checked.js';
import { buildLineupModel } from './model/build-lineup-model.js';
import { randomizedPoints } from './objective-costs.js';
import { parseOptimizerRules } from './rules-schema.js';
import { getSiteRules } from '../sites/index.js';

const NFL = getSiteRules('draftkings', 'NFL', 'classic');
const nfl = generateSlate(NFL, { games: 3, depth: 2, seed: 11 });
const byProjection = [...nfl].sort((a, b) => b.projection - a.projection);

describe('uniform randomness', () => {
  it('when uniform noise of 20% has per-player overrides, then every draw stays within each player\'s own bound and uses it', () => {
    const [fixed, wide] = byProjection;
    if (!fixed || !wide) throw new Error('slate too small');
    const randomness = { distribution: 'uniform' as const, amount: 0.2, perPlayer: { [fixed.id]: 0, [wide.playerKey]: 0.8 }, seed: 3 };
    const model = buildLineupModel(nfl, NFL, parseOptimizerRules({ randomness }));
    const spread = new Map<string, number>();
    for (let k = 0; k < 40; k += 1) {
      randomizedPoints(model, randomness, k).forEach((points, i) => {
        const p = nfl[i];
        if (!p) return;
        const dev = p === fixed ? 0 : p === wide ? 0.8 : 0.2;
        const factor = points / p.projection;
        expect(Math.abs(factor - 1)).toBeLessThanOrEqual(dev + 1e-12);
        spread.set(p.id, Math.max(spread.get(p.id) ?? 0, Math.abs(factor - 1)));
      });
    }
    expect(spread.get(fixed.id)).toBe(0);
    // Over 40 draws a uniform factor comes close to its bound: the override is used, not the 20% default.
    expect(spread.get(wide.id)).toBeGreaterThan(0.5);
    expect(Math.min(...nfl.filter((p) => p !== fixed && p !== wide).map((p) => spread.get(p.id) ?? 0))).toBeGreaterThan(0.1);
  });

  it('when only two stars get uniform noise, then lineups vary and each differs from its projection only by their share', async () => {
    const stars = byProjection.slice(0, 2);
    const perPlayer = Object.fromEntries(stars.map((p) => [p.id, 0.5]));
    const lineups = await buildChecked(nfl, NFL, { lineups: 5, randomness: { distribution: 'uniform', amount: 0, perPlayer, seed: 7 } });
    expect(lineups).toHaveLength(5);
    for (const l of lineups) {
      const starPoints = playersOf(l).filter((p) => stars.includes(p)).reduce((t, p) => t + p.projection, 0);
      expect(Math.abs(l.objective - l.projection)).toBeLessThanOrEqual(0.5 * starPoints + 1e-3);
    }
    // The noise moves the objective in some lineups: it is applied, not just bounded.
    expect(lineups.some((l) => Math.abs(l.objective - l.projection) > 0.1)).toBe(true);
  });

  it('when uniform noise of 25% is on, then lineups are distinct and each objective lies within 25% of its projection', async () => {
    const lineups = await buildChecked(nfl, NFL, { lineups: 5, randomness: { distribution: 'uniform', amount: 0.25, seed: 2 } });
    expect(new Set(lineups.map((l) => playersOf(l).map((p) => p.id).sort().join())).size).toBe(5);
    for (const l of lineups) {
      expect(l.objective).toBeGreaterThanOrEqual(0.75 * l.projection - 1e-3);
      expect(l.objective).toBeLessThanOrEqual(1.25 * l.projection + 1e-3);
    }
    // Not just the plain best-five list (which is distinct too): the noise changes which lineups are built.
    const plain = await buildChecked(nfl, NFL, { lineups: 5 });
    const ids = (ls: typeof lineups): string[] => ls.map((l) => playersOf(l).map((p) => p.id).sort().join()).sort();
    expect(ids(lineups)).not.toEqual(ids(plain));
  });
});
