/**
 * One slate and one set of people whatever the source: a DK CSV and the DK API of the same draft group write the
 * same slate; ambiguous names are reported (never guessed) and a manual alias settles them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlayerAlias, importSalaryFile } from '../../src/ingest/dfs/index.js';
import { createDkApi } from '../../src/ingest/dfs/draftkings/dk-api.js';
import { importDraftGroup } from '../../src/ingest/dfs/draftkings/import-draft-group.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { dkRoutes, SHOWDOWN_DG } from './dk-support.js';

let t: TestDb;
let server: FixtureServer;
beforeAll(async () => { t = await createTestDb(); server = await startFixtureServer(dkRoutes()); });
afterAll(async () => { await server.close(); await t.drop(); });

const HEADER = 'Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame';

/** DKSalaries.csv as DraftKings would export draft group 75284, built from its recorded draftables. */
function showdownCsv(): Buffer {
  interface D { draftableId: number; displayName: string; position: string; rosterSlotId: number; salary: number; teamAbbreviation: string; draftStatAttributes: { id: number; value: string }[] }
  const body = JSON.parse(readFileSync(`${FIXTURES_DIR}/dfs/dk_api_draftables_dg75284_nfl_showdown_CIN-BAL_2022-10-09_minified.json`, 'utf8')) as { draftables: D[] };
  const lines = body.draftables.map((d) => [d.position, `${d.displayName} (${d.draftableId})`, d.displayName, d.draftableId, d.rosterSlotId === 511 ? 'CPT' : 'FLEX',
    d.salary, 'CIN@BAL 10/09/2022 08:20PM ET', d.teamAbbreviation, d.draftStatAttributes.find((a) => a.id === 90)?.value ?? ''].join(','));
  return Buffer.from([HEADER, ...lines].join('\r\n'));
}

describe('one slate across sources', () => {
  it('when a draft group came first as a CSV, then the API import adopts that slate and changes nothing', async () => {
    const csv = await importSalaryFile(t.db, showdownCsv(), { site: 'draftkings' });
    expect(csv).toMatchObject({ siteSlateId: 'csv-24633208', gameType: 'showdown', players: 106, inserted: 106 });
    const api = await importDraftGroup(t.db, createDkApi(testConfig(t.url, { DRAFTKINGS_API_URL: server.url, DRAFTKINGS_LOBBY_URL: server.url })), SHOWDOWN_DG);
    expect(api).toMatchObject({ status: 'imported', slateId: csv.slateId, created: false, siteSlateId: String(SHOWDOWN_DG), inserted: 0, updated: 0, unchanged: 106, newCanonicalPlayers: 0 });
    expect(await t.db.slate.findUniqueOrThrow({ where: { id: csv.slateId } })).toMatchObject({ siteSlateId: String(SHOWDOWN_DG), source: 'api' });
    expect(await t.db.game.count()).toBe(1);
    // And a CSV of it afterwards finds the slate by its draftable ids.
    expect(await importSalaryFile(t.db, showdownCsv(), { site: 'draftkings' })).toMatchObject({ slateId: csv.slateId, inserted: 0, updated: 0 });
  });

  it('when a name matches several players on other teams, then it is reported and a manual alias settles it', async () => {
    const file = (rows: string[]): Buffer => Buffer.from([HEADER, ...rows].join('\n'));
    const first = await importSalaryFile(t.db, file([
      'WR,Mike Williams (1001),Mike Williams,1001,WR/FLEX,5000,NYJ@BUF 10/04/2026 01:00PM ET,NYJ,10',
      'WR,Mike Williams (1002),Mike Williams,1002,WR/FLEX,4000,TB@ATL 10/04/2026 01:00PM ET,TB,8']), { site: 'draftkings' });
    expect(first.newCanonicalPlayers).toBe(2);
    const second = await importSalaryFile(t.db, file(['WR,Mike Williams (2001),Mike Williams,2001,WR/FLEX,4500,LAC@KC 10/11/2026 04:25PM ET,LAC,9']), { site: 'draftkings' });
    expect(second.newCanonicalPlayers).toBe(1);
    expect(second.warnings).toEqual([expect.stringMatching(/^ambiguous player "Mike Williams" \(LAC\): matches players #\d+ NYJ, #\d+ TB; add a player alias to choose one \(sportsdata players alias <player-id> <name>\) \(created a new player\)$/)]);

    const nyj = await t.db.player.findFirstOrThrow({ where: { normalizedName: 'mike williams', slatePlayers: { some: { sitePlayerId: '1001' } } } });
    await addPlayerAlias(t.db, nyj.id, 'Mike Williams');
    const third = await importSalaryFile(t.db, file(['WR,Mike Williams (3001),Mike Williams,3001,WR/FLEX,4600,PIT@CLE 10/18/2026 01:00PM ET,PIT,9']), { site: 'draftkings' });
    expect(third).toMatchObject({ newCanonicalPlayers: 0, warnings: [] });
    expect((await t.db.slatePlayer.findFirstOrThrow({ where: { sitePlayerId: '3001' } })).playerId).toBe(nyj.id);
  });
});
