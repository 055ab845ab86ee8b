import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { lineupProblems } from '../../test/optimizer/support/check-lineup.js';
import { exportLineupsCsv } from './export/export-lineups-csv.js';
import { parseUploadLineups } from './export/parse-upload-lineups.js';
import { lateSwap } from './late-swap.js';
import { optimizeLineups } from './optimize-lineups.js';
import { parseOptimizerRules } from './rules-schema.js';
import { getSiteRules } from '../sites/index.js';

const RULES = getSiteRules('draftkings', 'NFL', 'classic');

/** A DKEntries file in the real layout, holding `rows` as the entries' current lineups. */
function entriesFile(rows: string[]): string {
  return ['Entry ID,Contest Name,Contest ID,Entry Fee,QB,RB,RB,WR,WR,WR,TE,FLEX,DST,,Instructions',
    ...rows.map((r, i) => `${5000 + i},NFL $5 Test,9000,$5,${r},,`)].join('\n');
}

describe('lateSwap', () => {
  it('when the first game has started, then its players stay in their columns and no other started player is added', async () => {
    const players = generateSlate(RULES, { games: 3, depth: 2, seed: 21 });
    // Entries built on stale projections: then projections change and game 0 kicks off.
    const { lineups } = await optimizeLineups(players, RULES, parseOptimizerRules({ lineups: 3, minUnique: 2 }));
    const file = exportLineupsCsv(lineups, RULES, entriesFile(lineups.map(() => ',,,,,,,,'))).csv;
    const updated = players.map((p, i) => ({ ...p, projection: p.projection * (i % 2 === 0 ? 1.6 : 0.6) }));
    const now = new Date(Date.UTC(2024, 0, 1, 18)); // game 0 started at 17:00, games 1-2 at 20:00 and 23:00

    const result = await lateSwap(file, updated, RULES, parseOptimizerRules({}), { now });

    const after = parseUploadLineups(result.csv, RULES);
    expect(after.map((e) => e.entryId)).toEqual(['5000', '5001', '5002']);
    const started = new Set(updated.filter((p) => p.startsAt !== null && p.startsAt <= now).map((p) => p.id));
    lineups.forEach((before, i) => {
      const cells = after[i]?.cells ?? [];
      before.slots.forEach((s) => {
        if (started.has(s.player.id)) expect(cells[s.slotIndex]?.id).toBe(s.player.id);
      });
      const beforeIds = new Set(before.slots.map((s) => s.player.id));
      for (const c of cells) if (c.id !== null && started.has(c.id)) expect(beforeIds.has(c.id)).toBe(true);
      expect(lineupProblems(result.lineups[i]!, RULES)).toEqual([]);
      expect(result.entries[i]?.projectionAfter).toBeGreaterThanOrEqual(result.entries[i]?.projectionBefore ?? 0);
    });
    expect(result.entries.some((e) => e.kept.length > 0)).toBe(true);
    expect(result.entries.some((e) => e.before.join() !== e.after.join())).toBe(true);
  });

  it('when entries are swapped with min unique 3, then every two new lineups differ by 3 people beyond what their started players force', async () => {
    const players = generateSlate(RULES, { games: 3, depth: 2, seed: 21 });
    // Four near-identical entries; new projections then pull every entry toward the same few players.
    const { lineups } = await optimizeLineups(players, RULES, parseOptimizerRules({ lineups: 4 }));
    const file = exportLineupsCsv(lineups, RULES, entriesFile(lineups.map(() => ',,,,,,,,'))).csv;
    const updated = players.map((p, i) => ({ ...p, projection: p.projection * (i % 2 === 0 ? 1.6 : 0.6) }));
    const now = new Date(Date.UTC(2024, 0, 1, 18));

    const result = await lateSwap(file, updated, RULES, parseOptimizerRules({ minUnique: 3 }), { now });

    expect(result.lineups).toHaveLength(4);
    const people = result.lineups.map((l) => new Set(l.slots.map((s) => s.player.playerKey)));
    const kept = result.entries.map((e) => new Set(e.kept));
    for (let a = 0; a < 4; a += 1) {
      for (let b = a + 1; b < 4; b += 1) {
        const shared = [...(people[a] ?? [])].filter((k) => people[b]?.has(k)).length;
        const forced = [...(kept[a] ?? [])].filter((id) => kept[b]?.has(id)).length;
        expect(shared, `entries ${a + 1} and ${b + 1}`).toBeLessThanOrEqual(Math.max(RULES.slots.length - 3, forced));
      }
    }
    expect(result.warnings).toEqual([]);
  });

  it('when two entries share 8 locked players, then the open slot still differs and a warning says why they are not 3 apart', async () => {
    const players = generateSlate(RULES, { games: 3, depth: 2, seed: 22 });
    const { lineups: [lineup] } = await optimizeLineups(players, RULES, parseOptimizerRules({ lineups: 1 }));
    const cells = (lineup?.slots ?? []).map((s) => `${s.player.name} (${s.player.id})${s.slot === 'FLEX' ? '' : ' (LOCKED)'}`).join(',');

    const result = await lateSwap(entriesFile([cells, cells]), players, RULES, parseOptimizerRules({ minUnique: 3 }), { now: new Date(Date.UTC(2023, 0, 1)) });

    const flex = result.lineups.map((l) => l.slots.find((s) => s.slot === 'FLEX')?.player.id);
    expect(flex[0]).not.toBe(flex[1]);
    expect(result.warnings).toEqual(['line 3: shares 8 kept (started or locked) players with line 2, more than min unique allows']);
  });

  it('when two entries hold the same lineup and min unique is the default, then they get the same swap', async () => {
    const players = generateSlate(RULES, { games: 3, depth: 2, seed: 22 });
    const { lineups: [lineup] } = await optimizeLineups(players, RULES, parseOptimizerRules({ lineups: 1 }));
    const cells = (lineup?.slots ?? []).map((s) => `${s.player.name} (${s.player.id})${s.slot === 'FLEX' ? '' : ' (LOCKED)'}`).join(',');

    const result = await lateSwap(entriesFile([cells, cells]), players, RULES, parseOptimizerRules({}), { now: new Date(Date.UTC(2023, 0, 1)) });

    const ids = result.lineups.map((l) => l.slots.map((s) => s.player.id));
    expect(ids[0]).toEqual(ids[1]);
    expect(result.warnings).toEqual([]);
  });

  it('when a cell is marked LOCKED, then that player is kept even before his game', async () => {
    const players = generateSlate(RULES, { games: 3, depth: 2, seed: 22 });
    const { lineups } = await optimizeLineups(players, RULES, parseOptimizerRules({ lineups: 1 }));
    const lineup = lineups[0]!;
    const weakTe = players.filter((p) => p.positions.includes('TE') && !lineup.slots.some((s) => s.player.id === p.id)).sort((a, b) => a.projection - b.projection)[0]!;
    const cells = lineup.slots.map((s) => (s.slot === 'TE' ? `${weakTe.name} (${weakTe.id}) (LOCKED)` : `${s.player.name} (${s.player.id})`));

    const result = await lateSwap(entriesFile([cells.join(',')]), players, RULES, parseOptimizerRules({}), { now: new Date(Date.UTC(2023, 0, 1)) });

    expect(result.entries[0]?.kept).toEqual([weakTe.id]);
    expect(result.lineups[0]?.slots[6]?.player.id).toBe(weakTe.id);
  });

  it('when an entry names a player not on the slate, then the error names the line and slot', async () => {
    const players = generateSlate(RULES, { games: 2, seed: 23 });
    await expect(lateSwap(entriesFile(['Nobody (1),,,,,,,,']), players, RULES, parseOptimizerRules({}), { now: new Date() }))
      .rejects.toThrow(/line 2, slot QB: player id 1 is not on this slate/);
  });
});
