import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { buildChecked } from '../../test/optimizer/support/build-checked.js';
import { getSiteRules } from '../sites/index.js';

const NFL = getSiteRules('draftkings', 'NFL', 'classic');
const nfl = generateSlate(NFL, { games: 3, depth: 2, seed: 11 });
const ROSTER = NFL.slots.length;

describe('ownership bounds by sum and by mean', () => {
  // Each bound is set just past the unconstrained best lineup's ownership, so ignoring it would fail the check.
  it('when a minimum sum, a minimum mean or a maximum mean is set, then every lineup keeps it', async () => {
    const [best] = await buildChecked(nfl, NFL, { lineups: 1 });
    const base = best?.ownershipSum ?? 0;
    const cases = [
      { ownership: { minSum: base + 0.3 }, holds: (sum: number) => sum >= base + 0.3 - 1e-9 },
      { ownership: { minMean: base / ROSTER + 0.03 }, holds: (sum: number) => sum / ROSTER >= base / ROSTER + 0.03 - 1e-9 },
      { ownership: { maxMean: base / ROSTER - 0.03 }, holds: (sum: number) => sum / ROSTER <= base / ROSTER - 0.03 + 1e-9 },
    ];
    for (const c of cases) {
      const lineups = await buildChecked(nfl, NFL, { lineups: 3, ownership: c.ownership });
      expect(lineups).toHaveLength(3);
      for (const l of lineups) expect(c.holds(l.ownershipSum ?? Number.NaN), JSON.stringify(c.ownership)).toBe(true);
    }
  });
});
