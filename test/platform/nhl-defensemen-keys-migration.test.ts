/** The data migration that keys NHL defensemen stored as a team defense ("bos defense") by their own names again. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePlayerName } from '../../src/ingest/dfs/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const SQL = readFileSync(join(import.meta.dirname, '../../prisma/migrations/20261201130000_nhl_defensemen_keys/migration.sql'), 'utf8');

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

describe('20261201130000_nhl_defensemen_keys', () => {
  it('re-keys NHL D stored as "<team> defense" the way normalizePlayerName does; NFL defenses stay', async () => {
    const sport = async (code: string) => t.db.sport.upsert({ where: { code }, update: {}, create: { code, name: code } });
    const nhl = await sport('NHL');
    const nfl = await sport('NFL');
    const names = ['Charlie McAvoy', 'Pierre-Édouard Bellemare', "Ryan O'Reilly Jr.", 'Oliver Ekman-Larsson'];
    const rows = await Promise.all(names.map((fullName) => t.db.player.create({ data: { sportId: nhl.id, fullName, normalizedName: 'bos defense', position: 'D' } })));
    const ravens = await t.db.player.create({ data: { sportId: nfl.id, fullName: 'Ravens', normalizedName: 'bal defense', position: 'DST' } });
    const fdDefense = await t.db.player.create({ data: { sportId: nfl.id, fullName: 'Houston Texans', normalizedName: 'hou defense', position: 'D' } });

    await t.db.$executeRawUnsafe(SQL);

    for (const [i, row] of rows.entries()) {
      expect((await t.db.player.findUniqueOrThrow({ where: { id: row.id } })).normalizedName).toBe(normalizePlayerName(names[i] ?? ''));
    }
    expect((await t.db.player.findUniqueOrThrow({ where: { id: ravens.id } })).normalizedName).toBe('bal defense');
    expect((await t.db.player.findUniqueOrThrow({ where: { id: fdDefense.id } })).normalizedName).toBe('hou defense');
  });
});
