/**
 * Every recorded salary CSV goes through the whole import into PostgreSQL with the counts its parse gives
 * (players and games stored for its slate), and importing it again writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { csvCases } from './csv-cases.js';

const dir = join(import.meta.dirname, '../fixtures/dfs');

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

describe('salary CSV fixtures into PostgreSQL', () => {
  it.each(csvCases)('$file → a $sport $gameType slate with $players players and $games games; again → no change', async (c) => {
    const bytes = readFileSync(join(dir, c.file));
    const first = await importSalaryFile(t.db, bytes, { site: c.site, fileName: c.file, ...(c.date ? { date: c.date } : {}) });
    expect(first).toMatchObject({ site: c.site, sport: c.sport, gameType: c.gameType, players: c.players, games: c.games });
    expect(await t.db.slatePlayer.count({ where: { slateId: first.slateId } })).toBe(c.players);
    expect(await t.db.slateGame.count({ where: { slateId: first.slateId } })).toBe(c.games);
    const positions = await t.db.slatePlayer.findMany({ where: { slateId: first.slateId }, select: { rosterPositions: true } });
    expect([...new Set(positions.flatMap((p) => p.rosterPositions))].sort()).toEqual(c.slots);

    const again = await importSalaryFile(t.db, bytes, { site: c.site, fileName: c.file, ...(c.date ? { date: c.date } : {}) });
    expect(again).toMatchObject({ slateId: first.slateId, created: false, inserted: 0, updated: 0, statusChanges: 0, newCanonicalPlayers: 0 });
  });
});
