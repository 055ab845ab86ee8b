/** The data migration that puts FanDuel's "C/1B" slot back together in rows stored split before the fix. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlate, createSlatePlayer } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const SQL = readFileSync(join(import.meta.dirname, '../../prisma/migrations/20261129064500_fanduel_c1b_slot/migration.sql'), 'utf8');

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

describe('20261129064500_fanduel_c1b_slot', () => {
  it('when FanDuel rows hold C and 1B side by side, then they become C/1B; other rows and DraftKings rows are left alone', async () => {
    const fd = await createSlate(t.db, { site: 'fanduel', sport: 'MLB' });
    const dk = await createSlate(t.db, { site: 'draftkings', sport: 'MLB' });
    const catcher = await createSlatePlayer(t.db, fd, { positions: ['C'], rosterPositions: ['C', '1B', 'UTIL'] });
    const outfielder = await createSlatePlayer(t.db, fd, { positions: ['OF'], rosterPositions: ['OF', 'UTIL'] });
    const dkCatcher = await createSlatePlayer(t.db, dk, { positions: ['C'], rosterPositions: ['C', '1B'] });

    await t.db.$executeRawUnsafe(SQL);

    const after = async (id: number) => (await t.db.slatePlayer.findUniqueOrThrow({ where: { id } })).rosterPositions;
    expect(await after(catcher.id)).toEqual(['C/1B', 'UTIL']);
    expect(await after(outfielder.id)).toEqual(['OF', 'UTIL']);
    expect(await after(dkCatcher.id)).toEqual(['C', '1B']);
  });
});
