/**
 * Issue 18 item 14: an NHL defenseman (position "D") is a person, not a team defense. The real DK NHL salary file
 * and the real DK API draftables import with every defenseman under his own name key, no ambiguous-name warnings
 * and no second canonical player for anyone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DK_DEFAULT_SLOT_NAMES, importSalaryFile, importSlate, matchKey, parseDkDraftables } from '../../src/ingest/dfs/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const dir = join(import.meta.dirname, '../fixtures/dfs');
const CSV = 'dk_nhl_classic_2022-02-08_DKSalaries.csv';
const DRAFTABLES = 'dk_api_draftables_dg22953_nhl_classic_2018-11-19_TRIMMED80.json';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

async function nhlDefensemen(): Promise<{ fullName: string; normalizedName: string }[]> {
  return t.db.player.findMany({ where: { sport: { code: 'NHL' }, position: 'D' }, select: { fullName: true, normalizedName: true } });
}

describe('NHL defensemen', () => {
  it('keys a defenseman by his name in NHL and a "D" defense by its team in NFL', () => {
    expect(matchKey('Cale Makar', 'COL', ['D'], undefined, 'NHL')).toBe('cale makar');
    expect(matchKey('Houston Texans', 'HOU', ['D'], undefined, 'NFL')).toBe('hou defense');
    expect(matchKey('Ravens', 'BAL', ['DST'])).toBe('bal defense');
  });

  it('imports the DK NHL file twice and the DK API draftables with each defenseman his own canonical player', async () => {
    const bytes = readFileSync(join(dir, CSV));
    const first = await importSalaryFile(t.db, bytes, { site: 'draftkings', fileName: CSV });
    const rows = await t.db.slatePlayer.findMany({ where: { slateId: first.slateId, positions: { has: 'D' } }, select: { name: true, playerId: true } });
    expect(rows.length).toBeGreaterThan(100);
    const defensemen = await nhlDefensemen();
    expect(defensemen.filter((p) => p.normalizedName.endsWith(' defense'))).toEqual([]);
    expect(new Set(rows.map((r) => r.playerId)).size).toBe(new Set(rows.map((r) => r.name)).size);

    // Another draft group of the same players (DK gives new draftable ids per group) must match, not duplicate.
    const otherGroup = Buffer.from(bytes.toString('utf8').replace(/\b(\d{8})\b/g, (id) => String(Number(id) + 5_000_000)));
    const again = await importSalaryFile(t.db, otherGroup, { site: 'draftkings', fileName: CSV });
    expect(again.slateId).not.toBe(first.slateId);
    expect(again.warnings.filter((w) => w.includes('ambiguous'))).toEqual([]);
    expect(again.newCanonicalPlayers).toBe(0);

    const body: unknown = JSON.parse(readFileSync(join(dir, DRAFTABLES), 'utf8'));
    const slate = parseDkDraftables(body, { draftGroupId: 22953, sport: 'NHL', gameType: 'classic', slotNames: DK_DEFAULT_SLOT_NAMES.NHL.classic ?? {} });
    const api = await importSlate(t.db, slate, { source: 'api' });
    expect(api.warnings.filter((w) => w.includes('ambiguous'))).toEqual([]);
    const apiDefense = await t.db.slatePlayer.findMany({ where: { slateId: api.slateId, positions: { has: 'D' } }, select: { name: true, player: { select: { normalizedName: true } } } });
    expect(apiDefense.length).toBeGreaterThan(0);
    for (const r of apiDefense) expect(r.player.normalizedName).not.toMatch(/ defense$/);

    const all = await nhlDefensemen();
    expect(new Set(all.map((p) => p.normalizedName)).size).toBe(all.length);
  });
});
