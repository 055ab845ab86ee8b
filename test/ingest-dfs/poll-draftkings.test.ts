/**
 * DraftKings polling against the recorded payloads served on 127.0.0.1 and fetched with the real client:
 * discovery and import, polling twice, re-importing a draft group, a KBO group skipped, provider faults reported.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import type { SendJob } from '../../src/core/jobs/send-job.js';
import { runOnce } from '../../src/ingest/dfs/index.js';
import { runDraftkingsPoll } from '../../src/ingest/dfs/draftkings/run-draftkings-poll.js';
import { createDkApi } from '../../src/ingest/dfs/draftkings/dk-api.js';
import { importDraftGroup } from '../../src/ingest/dfs/draftkings/import-draft-group.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { CLASSIC_DG, dkRoutes, SHOWDOWN_DG } from './dk-support.js';

let t: TestDb;
let server: FixtureServer;
const logger = createLogger('silent');
const send: SendJob = async () => { throw new Error('inline polls send nothing'); };
const config = () => testConfig(t.url, { DRAFTKINGS_API_URL: server.url, DRAFTKINGS_LOBBY_URL: server.url, DFS_SPORTS: 'NFL' });

beforeAll(async () => { t = await createTestDb(); server = await startFixtureServer(); });
afterAll(async () => { await server.close(); await t.drop(); });
beforeEach(() => { for (const [route, responses] of Object.entries(dkRoutes())) server.setRoute(route, responses); });

describe('ingest dfs --once', () => {
  it('when polled twice, then each draft group is imported once and nothing is duplicated', async () => {
    const first = await runOnce({ db: t.db, config: config(), logger, send });
    expect(first).toMatchObject({ sports: ['NFL'], lobbies: 1, discovered: 2, imported: 2, failed: [] });
    expect(first.skipped).toEqual(expect.arrayContaining([
      { draftGroupId: 96506, reason: 'game type "Tiers" is not modelled' }, { draftGroupId: 96488, reason: 'game type "Superflex" is not modelled' }]));
    expect(first.slates).toEqual([
      expect.objectContaining({ draftGroupId: CLASSIC_DG, players: 102, inserted: 102 }),
      expect.objectContaining({ draftGroupId: SHOWDOWN_DG, players: 106, inserted: 106 }),
    ]);
    expect(server.requests.find((r) => r.path === '/lobby/getcontests')?.query.get('sport')).toBe('NFL');

    const second = await runOnce({ db: t.db, config: config(), logger, send });
    expect(second).toMatchObject({ discovered: 0, imported: 0 });
    expect(await t.db.slate.count({ where: { site: 'draftkings' } })).toBe(2);
    expect(await t.db.slatePlayer.count()).toBe(208);
    // Lamar Jackson: one canonical player across the classic and showdown draft groups (3 rows), keyed by DK playerId.
    const lamar = await t.db.player.findMany({ where: { normalizedName: 'lamar jackson' }, include: { slatePlayers: true, externalIds: true } });
    expect(lamar).toHaveLength(1);
    expect(lamar[0]?.slatePlayers.map((sp) => sp.salary).sort()).toEqual([12200, 18300, 8000]);
    expect(lamar[0]?.externalIds).toEqual([expect.objectContaining({ source: 'draftkings', externalId: '877745' })]);
    const slate = await t.db.slate.findUniqueOrThrow({ where: { site_siteSlateId: { site: 'draftkings', siteSlateId: String(CLASSIC_DG) } }, include: { games: true, contestGameType: true } });
    expect(slate).toMatchObject({ source: 'api', gameType: 'classic', firstStartsAt: new Date('2022-09-25T17:00:00Z'), lastStartsAt: new Date('2022-09-25T20:25:00Z') });
    expect(slate.games).toHaveLength(13);
    expect(slate.contestGameType).toMatchObject({ siteGameTypeId: 1, salaryCap: 50000 });
    expect(await t.db.gameExternalId.count({ where: { source: 'draftkings' } })).toBe(14);
    expect(await t.db.providerStatus.findUnique({ where: { provider: 'draftkings' } })).toMatchObject({ lastError: null });
  });

  it('when a draft group is imported again with changed statuses, then only those rows change', async () => {
    const api = createDkApi(config());
    expect(await importDraftGroup(t.db, api, SHOWDOWN_DG)).toMatchObject({ status: 'imported', created: false, inserted: 0, updated: 0, unchanged: 106 });
    const body = JSON.parse(JSON.stringify((await api.draftables(SHOWDOWN_DG)))) as { draftables: { displayName: string; status: string }[] };
    for (const d of body.draftables) if (d.displayName === 'Joe Burrow') d.status = 'Q';
    server.setRoute(`GET /draftgroups/v1/draftgroups/${SHOWDOWN_DG}/draftables`, { body });
    expect(await importDraftGroup(t.db, api, SHOWDOWN_DG)).toMatchObject({ inserted: 0, updated: 2, statusChanges: 2 });
    expect(await t.db.slatePlayerStatusChange.count({ where: { status: 'Q', slatePlayer: { name: 'Joe Burrow' } } })).toBe(2);
  });

  it('when a draft group belongs to another league (KBO), then it is skipped with the reason', async () => {
    server.setRoute('GET /draftgroups/v1/41854', { body: { draftGroup: { draftGroupId: 41854, contestType: { contestTypeId: 114, sport: 'MLB' }, gameTypeId: 114, leagues: [{ leagueAbbreviation: 'KBO' }] } } });
    expect(await importDraftGroup(t.db, createDkApi(config()), 41854)).toEqual({ status: 'skipped', draftGroupId: 41854, reason: 'league KBO is not MLB' });
  });

  it('when DraftKings answers with errors or garbage, then the poll reports them and keeps the rest', async () => {
    server.setRoute(`GET /draftgroups/v1/draftgroups/${CLASSIC_DG}/draftables`, { status: 503 });
    server.setRoute(`GET /draftgroups/v1/${SHOWDOWN_DG}`, { body: '<html>maintenance</html>' });
    const api = createDkApi(config());
    await expect(importDraftGroup(t.db, api, CLASSIC_DG)).rejects.toMatchObject({ name: 'ProviderError', status: 503, retryable: true });
    await expect(importDraftGroup(t.db, api, SHOWDOWN_DG)).rejects.toThrow(/malformed JSON/);
    server.setRoute('GET /lineups/v1/gametypes/1/rules', { hangUp: true });
    server.setRoute(`GET /draftgroups/v1/draftgroups/${CLASSIC_DG}/draftables`, { file: 'dfs/dk_api_draftables_dg74625_nfl_classic_2022-09-25_TRIMMED_2of13games.json' });
    await expect(importDraftGroup(t.db, api, CLASSIC_DG)).rejects.toMatchObject({ name: 'ProviderError', status: null, retryable: true });
    server.setRoute('GET /lobby/getcontests', { body: { DraftGroups: 'nope' } });
    await expect(runOnce({ db: t.db, config: config(), logger, send })).rejects.toThrow(/DraftKings lobby getcontests response has an unexpected shape \(DraftGroups/);
    expect(await t.db.providerStatus.findUnique({ where: { provider: 'draftkings' } })).toMatchObject({ lastError: expect.stringMatching(/unexpected shape/) });
    server.setRoute('GET /lobby/getcontests', { status: 401 });
    await expect(runOnce({ db: t.db, config: config(), logger, send })).rejects.toMatchObject({ status: 401, retryable: false });
  });

  it("when one sport's lobby fails, then the other sports are still discovered and imported, and the failure is reported", async () => {
    const down = await startFixtureServer();
    try {
      down.setRoute('GET /lobby/getcontests', { status: 503 });
      const nfl = createDkApi(config());
      const nbaDown = createDkApi(testConfig(t.url, { DRAFTKINGS_API_URL: down.url, DRAFTKINGS_LOBBY_URL: down.url }));
      // The real client twice: the NBA lobby from a server answering 503, everything else from the recordings.
      const api = { ...nfl, lobby: (sport: string) => (sport === 'NBA' ? nbaDown.lobby(sport) : nfl.lobby(sport)) };
      const summary = await runDraftkingsPoll({ db: t.db, config: config(), logger, send }, ['NBA', 'NFL'], 'inline', api);
      expect(summary).toMatchObject({ lobbies: 1, failed: [], failedLobbies: [{ sport: 'NBA', error: expect.stringMatching(/503/) }] });
      expect(summary.imported + summary.skipped.length).toBeGreaterThan(0);
      expect(await t.db.providerStatus.findUnique({ where: { provider: 'draftkings' } })).toMatchObject({ lastError: expect.stringMatching(/503/) });
    } finally {
      await down.close();
    }
  });
});
