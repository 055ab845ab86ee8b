/**
 * loadSlatePool against real PostgreSQL and real DraftKings salary files: every stored row comes back once, in
 * SlatePlayer id order, with the team, opponent, game key, kickoff and salary the file gave, the captain flag on
 * exactly the CPT rows, and a projection set's mean and sd on the rows it covers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile, parseSalaryFile, type ParsedSlate } from '../../src/ingest/dfs/index.js';
import { loadSlatePool, loadSlateRowsById } from '../../src/slates/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const dir = join(import.meta.dirname, '../fixtures/dfs');
const SHOWDOWN = 'dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv';
const CLASSIC = 'dk_nfl_classic_2022-11-20_DKSalaries.csv';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

async function imported(file: string): Promise<{ slateId: number; parsed: ParsedSlate }> {
  const bytes = readFileSync(join(dir, file));
  const { slateId } = await importSalaryFile(t.db, bytes, { site: 'draftkings', fileName: file });
  return { slateId, parsed: parseSalaryFile(bytes, { site: 'draftkings', fileName: file }) };
}

describe('loadSlatePool', () => {
  it('when a classic slate is stored, then each row carries the file\'s team, opponent, game key, kickoff and salary, in id order', async () => {
    const { slateId, parsed } = await imported(CLASSIC);
    const pool = await loadSlatePool(t.db, slateId);
    expect(pool?.slate).toMatchObject({ id: slateId, site: 'draftkings', sport: 'NFL', gameType: 'classic' });
    expect(pool?.projectionSetId).toBeNull();
    const rows = pool?.rows ?? [];
    expect(rows).toHaveLength(await t.db.slatePlayer.count({ where: { slateId } }));
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));

    const kickoff = new Map(parsed.games.map((g) => [g.gameKey, g.startsAt?.getTime() ?? null]));
    const bySiteId = new Map(rows.map((r) => [r.sitePlayerId, r]));
    for (const p of parsed.players) {
      const r = bySiteId.get(p.sitePlayerId);
      expect(r, p.sitePlayerId).toBeDefined();
      expect({ name: r?.name, team: r?.team, opponent: r?.opponent, gameKey: r?.gameKey, salary: r?.salary, rosterPositions: r?.rosterPositions, status: r?.status })
        .toEqual({ name: p.name, team: p.team, opponent: p.opponent, gameKey: p.gameKey, salary: p.salary, rosterPositions: p.rosterPositions, status: p.status });
      expect(r?.startsAt?.getTime() ?? null).toBe(p.gameKey === null ? null : kickoff.get(p.gameKey));
      // The home side is the code after the '@'.
      expect(r?.isHome).toBe(p.gameKey === null ? null : p.gameKey.endsWith(`@${p.team}`));
    }
    expect(rows.filter((r) => r.isCaptain)).toEqual([]);
    expect(rows.every((r) => r.mean === null && r.sd === null && r.stats === null)).toBe(true);
  });

  it('when a showdown slate is stored, then exactly its CPT rows are captain rows and they share the FLEX row\'s player', async () => {
    const { slateId, parsed } = await imported(SHOWDOWN);
    const rows = (await loadSlatePool(t.db, slateId))?.rows ?? [];
    const captains = rows.filter((r) => r.isCaptain);
    expect(captains.length).toBe(rows.length / 2);
    expect(captains.every((r) => r.rosterPositions.join() === 'CPT')).toBe(true);
    const flexPlayers = new Set(rows.filter((r) => !r.isCaptain).map((r) => r.playerId));
    expect(captains.every((r) => flexPlayers.has(r.playerId))).toBe(true);
    expect(parsed.games).toHaveLength(1);
    expect(new Set(rows.map((r) => r.gameKey))).toEqual(new Set([parsed.games[0]?.gameKey]));
  });

  it('when a projection set covers some rows, then those rows carry its mean and sd (and stats), the rest null', async () => {
    const { slateId } = await imported(SHOWDOWN);
    const rows = (await loadSlatePool(t.db, slateId))?.rows ?? [];
    const [a, b] = rows;
    if (!a || !b) throw new Error('the fixture has rows');
    const set = await t.db.projectionSet.create({ data: { slateId, name: 'mine', source: 'upload' } });
    await t.db.projection.createMany({ data: [
      { projectionSetId: set.id, slatePlayerId: a.id, mean: 41.5, sd: 9.25, ownership: 0.3, line: 2, maxExposure: 0.5 },
      { projectionSetId: set.id, slatePlayerId: b.id, mean: 12 },
    ] });
    const pool = await loadSlatePool(t.db, slateId, set.id);
    expect(pool?.projectionSetId).toBe(set.id);
    const got = new Map(pool?.rows.map((r) => [r.id, r]));
    expect(got.get(a.id)).toMatchObject({ mean: 41.5, sd: 9.25, ownership: 0.3, stats: { line: 2, maxExposure: 0.5, minExposure: null } });
    expect(got.get(b.id)).toMatchObject({ mean: 12, sd: null, ownership: null });
    const others = pool?.rows.filter((r) => r.id !== a.id && r.id !== b.id) ?? [];
    expect(others.length).toBe(rows.length - 2);
    expect(others.every((r) => r.mean === null && r.stats === null)).toBe(true);
  });

  it('when rows are asked by id, then they match the pool\'s rows; an unknown slate gives null', async () => {
    const { slateId } = await imported(SHOWDOWN);
    const rows = (await loadSlatePool(t.db, slateId))?.rows ?? [];
    const some = rows.slice(0, 5);
    const byId = await loadSlateRowsById(t.db, [...some.map((r) => r.id), 2_000_000_000]);
    expect([...byId.keys()].sort((x, y) => x - y)).toEqual(some.map((r) => r.id));
    for (const r of some) expect(byId.get(r.id)).toEqual(r);
    expect(await loadSlatePool(t.db, 2_000_000_000)).toBeNull();
  });
});
