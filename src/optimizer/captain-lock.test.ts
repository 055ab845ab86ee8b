import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { buildChecked } from '../../test/optimizer/support/build-checked.js';
import type { OptimizerPlayer } from './types.js';
import { getSiteRules } from '../sites/index.js';

describe('a lock to the captain slot', () => {
  it.each([
    // DK lists a CPT row and a FLEX row per person: the lock names the person (playerKey).
    ['draftkings', 'CPT', (p: OptimizerPlayer): string => p.playerKey],
    // FanDuel lists a person once: the lock names the site id and the MVP slot.
    ['fanduel', 'MVP', (p: OptimizerPlayer): string => p.id],
  ] as const)('when a mid-projection %s player is locked as %s, then every lineup has him in that slot', async (site, slot, ref) => {
    const rules = getSiteRules(site, 'NFL', 'showdown');
    const players = generateSlate(rules, { seed: 4 });
    const eligible = players.filter((p) => rules.slots[0]?.eligible.some((x) => p.positions.includes(x)) && !p.rosterPositions.includes('CPT'));
    const pick = [...eligible].sort((a, b) => b.projection - a.projection)[Math.floor(eligible.length / 2)];
    if (!pick) throw new Error('slate too small');
    const captainOf = (l: { slots: Array<{ slot: string; player: OptimizerPlayer }> }): string | undefined => l.slots.find((s) => s.slot === slot)?.player.playerKey;

    // Locked without a slot, he is not the captain: the slot part of the lock is what puts him there.
    const [free] = await buildChecked(players, rules, { lineups: 1, locks: [{ player: ref(pick) }] });
    expect(free && captainOf(free)).not.toBe(pick.playerKey);

    const lineups = await buildChecked(players, rules, { lineups: 4, locks: [{ player: ref(pick), slot }] });
    expect(lineups).toHaveLength(4);
    for (const l of lineups) expect(captainOf(l)).toBe(pick.playerKey);
  });
});
