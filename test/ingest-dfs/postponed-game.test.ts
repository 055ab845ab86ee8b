/**
 * Issue 18 item 16: a DK draft group whose game gets postponed. The game is stored postponed at its known kickoff
 * (not moved to DK's placeholder time) and the players DK disabled leave the slate, so the import's player count and
 * the slate's agree.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDkApi } from '../../src/ingest/dfs/draftkings/dk-api.js';
import { importDraftGroup } from '../../src/ingest/dfs/draftkings/import-draft-group.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { CLASSIC_DG, dkRoutes } from './dk-support.js';

interface Draftables {
  competitions: { competitionId: number; startTime: string; competitionState?: string }[];
  draftables: { competition?: { competitionId: number; startTime?: string }; isDisabled: boolean; draftAlerts: unknown[] }[];
}
const KC_AT_IND = 5818079;
const recorded = (): Draftables => JSON.parse(readFileSync(`${FIXTURES_DIR}/dfs/dk_api_draftables_dg74625_nfl_classic_2022-09-25_TRIMMED_2of13games.json`, 'utf8')) as Draftables;

/** The recording as DK serves it once KC@IND is postponed: state, a placeholder kickoff, its draftables disabled. */
function postponed(): Draftables {
  const body = recorded();
  for (const c of body.competitions) if (c.competitionId === KC_AT_IND) Object.assign(c, { competitionState: 'Postponed', startTime: '2022-09-28T04:00:00.0000000Z' });
  for (const d of body.draftables) {
    if (d.competition?.competitionId !== KC_AT_IND) continue;
    Object.assign(d, { isDisabled: true, draftAlerts: [{ alertType: 1, message: 'This game has been postponed.', priority: 1 }] });
    d.competition.startTime = '2022-09-28T04:00:00.0000000Z';
  }
  return body;
}

let t: TestDb;
let server: FixtureServer;
beforeAll(async () => { t = await createTestDb(); server = await startFixtureServer(); });
afterAll(async () => { await server.close(); await t.drop(); });

describe('a postponed game in a DK draft group', () => {
  it('is stored postponed at its kickoff and its disabled players leave the slate', async () => {
    for (const [route, responses] of Object.entries(dkRoutes())) server.setRoute(route, responses);
    const api = createDkApi({ DRAFTKINGS_API_URL: server.url, DRAFTKINGS_LOBBY_URL: server.url });
    const first = await importDraftGroup(t.db, api, CLASSIC_DG);
    if (first.status !== 'imported') throw new Error('imported');
    const game = await t.db.game.findFirstOrThrow({ where: { homeTeam: { code: 'IND' }, awayTeam: { code: 'KC' } } });
    expect(game.status).toBe('scheduled');
    const onGame = await t.db.slatePlayer.count({ where: { slateId: first.slateId, gameId: game.id } });
    expect(onGame).toBeGreaterThan(0);

    server.setRoute(`GET /draftgroups/v1/draftgroups/${CLASSIC_DG}/draftables`, { body: postponed() });
    const second = await importDraftGroup(t.db, api, CLASSIC_DG);
    if (second.status !== 'imported') throw new Error('imported');
    expect(second.players).toBe(first.players - onGame);
    expect(await t.db.slatePlayer.count({ where: { slateId: second.slateId } })).toBe(second.players);
    expect(await t.db.slatePlayer.count({ where: { slateId: second.slateId, gameId: game.id } })).toBe(0);
    const after = await t.db.game.findUniqueOrThrow({ where: { id: game.id } });
    expect(after).toMatchObject({ status: 'postponed', startsAt: game.startsAt });
    expect(second.warnings.join('\n')).toMatch(/KC@IND is postponed/);
    expect(second.warnings.join('\n')).toMatch(/players disabled by the site were taken off the slate/);

    // Polled again: nothing changes.
    const third = await importDraftGroup(t.db, api, CLASSIC_DG);
    expect(third).toMatchObject({ players: second.players, inserted: 0, updated: 0 });
  });
});
