/** A canonical player's current team follows the latest slate by date, whatever order the files come in. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const JUNE = readFileSync(join(import.meta.dirname, '../fixtures/dfs/dk_mlb_classic_2026-06-25_early_DKSalaries_small.csv'), 'utf8');
const HEADER = JUNE.split('\n')[0] ?? '';

/** A one-game DraftKings file on `date` (MM/DD/YYYY) with Paul Skenes pitching for `team`. */
function fileWithSkenes(date: string, team: 'PIT' | 'SEA', id: number): Buffer {
  return Buffer.from([
    HEADER,
    `SP,Paul Skenes (${id}),Paul Skenes,${id},P,10000,SEA@PIT ${date} 12:35PM ET,${team},20`,
    `SP,Logan Gilbert (${id + 1}),Logan Gilbert,${id + 1},P,9500,SEA@PIT ${date} 12:35PM ET,SEA,19.12`,
  ].join('\r\n'));
}

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

const skenesTeam = async (): Promise<string | null> => {
  const players = await t.db.player.findMany({ where: { normalizedName: 'paul skenes' } });
  expect(players).toHaveLength(1);
  const teamId = players[0]?.teamId;
  return teamId ? (await t.db.team.findUniqueOrThrow({ where: { id: teamId } })).code : null;
};

describe('player team by slate date', () => {
  it('when an older file is imported after a newer one, then the player keeps the newer team; a later file moves him', async () => {
    await importSalaryFile(t.db, Buffer.from(JUNE), { site: 'draftkings', fileName: 'DKSalaries.csv' });
    expect(await skenesTeam()).toBe('PIT');

    await importSalaryFile(t.db, fileWithSkenes('04/01/2026', 'SEA', 50000001), { site: 'draftkings', fileName: 'DKSalaries.csv' });
    expect(await skenesTeam()).toBe('PIT');

    await importSalaryFile(t.db, fileWithSkenes('07/30/2026', 'SEA', 50000101), { site: 'draftkings', fileName: 'DKSalaries.csv' });
    expect(await skenesTeam()).toBe('SEA');
  });
});
