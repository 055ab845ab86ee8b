/**
 * The ingest-stats role's polling against a local server: when a game on a stored slate has ended, then the poll
 * enqueues its box score; the fetch finds ESPN's event on the scoreboard, stores the recorded box score and scores
 * the slate, and a second run changes nothing. A provider that is down fails that game's job only (recorded in
 * provider health, nothing written); a malformed athlete is skipped and counted while the rest is stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/http/provider-client.js';
import { pollBoxScoresJob } from '../../src/ingest/stats/jobs/poll-box-scores.js';
import { fetchBoxScore } from '../../src/ingest/stats/fetch-box-score.js';
import { findEndedGames } from '../../src/ingest/stats/find-ended-games.js';
import { createSlate, createSlatePlayer, createTeam } from '../factories.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import type { Config } from '../../src/config.js';

const BOX = 'gamelogs/espn_nba_gamepackage_boxscore_401809510.json';
const SUMMARY = 'GET /apis/site/v2/sports/basketball/nba/summary';
const SCOREBOARD = 'GET /apis/site/v2/sports/basketball/nba/scoreboard';
/** ESPN's scoreboard shape, cut to the fields the lookup reads (events[].id and the competitors' home/away abbreviations). */
const scoreboard = { events: [
  { id: '401809510', competitions: [{ competitors: [{ homeAway: 'home', team: { abbreviation: 'ORL' } }, { homeAway: 'away', team: { abbreviation: 'BOS' } }] }] },
  { id: '401809511', competitions: [{ competitors: [{ homeAway: 'home', team: { abbreviation: 'SAC' } }, { homeAway: 'away', team: { abbreviation: 'LAL' } }] }] },
] };
const STARTS = new Date('2025-11-08T00:00:00Z');

let t: TestDb;
let server: FixtureServer;
let config: Config;
let gameId: number;
let brownId: number;

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer({ [SCOREBOARD]: { body: scoreboard }, [SUMMARY]: { file: BOX } });
  config = testConfig(t.url, { ESPN_API_URL: server.url, MLB_STATS_API_URL: server.url });
  const slate = await createSlate(t.db, { sport: 'NBA' });
  const [bos, orl] = [await createTeam(t.db, { sport: 'NBA', code: 'BOS' }), await createTeam(t.db, { sport: 'NBA', code: 'ORL' })];
  const sport = await t.db.sport.findUniqueOrThrow({ where: { code: 'NBA' } });
  gameId = (await t.db.game.create({ data: { sportId: sport.id, homeTeamId: orl.id, awayTeamId: bos.id, startsAt: STARTS } })).id;
  await t.db.slateGame.create({ data: { slateId: slate.id, gameId } });
  brownId = (await createSlatePlayer(t.db, slate, { name: 'Jaylen Brown', teamId: bos.id, gameId, positions: ['SF'], rosterPositions: ['SF', 'F', 'UTIL'] })).id;
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});
beforeEach(async () => {
  await t.db.playerGameStat.deleteMany();
  await t.db.slatePlayerResult.deleteMany();
  server.setRoute(SUMMARY, { file: BOX });
});

describe('ingest-stats polling', () => {
  it('a game is due once it has surely ended and until its box score is stored', async () => {
    expect(await findEndedGames(t.db, new Date(STARTS.getTime() + 2 * 3600_000), 36)).toEqual([]);
    const due = await findEndedGames(t.db, new Date(STARTS.getTime() + 4 * 3600_000), 36);
    expect(due.map((g) => g.gameId)).toEqual([gameId]);
    expect(await findEndedGames(t.db, new Date(STARTS.getTime() + 40 * 3600_000), 36)).toEqual([]);

    const sent: { name: string; payload: unknown }[] = [];
    const ctx = { db: t.db, config: { ...config, INGEST_STATS_LOOKBACK_HOURS: 24 * 14 }, logger: console, jobId: 'tick-1', retryCount: 0,
      send: async (name: string, payload: unknown) => { sent.push({ name, payload }); return 'id'; } };
    // The real clock is far past the game: with a two-week lookback it is still due (it holds no box score).
    await pollBoxScoresJob.handler({}, ctx as never).catch(() => undefined);
    expect(sent.filter((s) => s.name === 'ingest-stats.fetch-box-score')).toEqual(
      (await findEndedGames(t.db, new Date(), 24 * 14)).map((g) => ({ name: 'ingest-stats.fetch-box-score', payload: { gameId: g.gameId } })));
  });

  it('fetches, stores and scores the box score; the event id is kept; a second run changes nothing', async () => {
    const first = await fetchBoxScore(t.db, config, gameId);
    expect(first).toMatchObject({ status: 'stored', report: { statLines: 26, skipped: 0 } });
    expect(await t.db.gameExternalId.findFirst({ where: { gameId, source: 'espn' } })).toMatchObject({ externalId: '401809510' });
    expect(server.requests.filter((r) => r.path.endsWith('/summary')).at(-1)?.query.get('event')).toBe('401809510');
    expect(await t.db.slatePlayerResult.findUniqueOrThrow({ where: { slatePlayerId: brownId } })).toMatchObject({ played: true, pointsSource: 'stats:espn' });
    expect(await findEndedGames(t.db, new Date(STARTS.getTime() + 4 * 3600_000), 36)).toEqual([]);

    const before = await t.db.playerGameStat.findMany({ orderBy: { id: 'asc' } });
    const scoreboardCalls = server.requests.filter((r) => r.path.endsWith('/scoreboard')).length;
    await fetchBoxScore(t.db, config, gameId);
    expect(await t.db.playerGameStat.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(server.requests.filter((r) => r.path.endsWith('/scoreboard')).length).toBe(scoreboardCalls);
    const health = await t.db.providerStatus.findUniqueOrThrow({ where: { provider: 'espn-box-scores' } });
    expect(health.lastSuccessAt).not.toBeNull();
  });

  it('a provider that is down fails this game\'s job with a retryable error, recorded in provider health; nothing is written', async () => {
    server.setRoute(SUMMARY, { status: 503, body: 'down' });
    const error = await fetchBoxScore(t.db, config, gameId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).retryable).toBe(true);
    expect(await t.db.playerGameStat.count()).toBe(0);
    expect((await t.db.providerStatus.findUniqueOrThrow({ where: { provider: 'espn-box-scores' } })).lastError).toMatch(/HTTP 503/);
  });

  it('a malformed athlete is skipped and counted, the others are stored', async () => {
    const box = JSON.parse(readFileSync(join(FIXTURES_DIR, BOX), 'utf8')) as { raw: { bxscr: { stats: { athlts?: { stats: string[] }[] }[] }[] } };
    const athlete = box.raw.bxscr[0]?.stats[0]?.athlts?.[0];
    if (athlete) athlete.stats = athlete.stats.slice(0, 5);
    server.setRoute(SUMMARY, { body: box });
    const outcome = await fetchBoxScore(t.db, config, gameId);
    expect(outcome).toMatchObject({ status: 'stored', report: { statLines: 25, skipped: 1 } });
    expect(await t.db.playerGameStat.count()).toBe(25);
  });

  it('a box score of a game still in progress is not stored (a later poll takes it)', async () => {
    const box = JSON.parse(readFileSync(join(FIXTURES_DIR, BOX), 'utf8')) as { raw: { gmStrp: { status: { state: string } } } };
    box.raw.gmStrp.status.state = 'in';
    server.setRoute(SUMMARY, { body: box });
    expect(await fetchBoxScore(t.db, config, gameId)).toEqual({ gameId, status: 'not-final' });
    expect(await t.db.playerGameStat.count()).toBe(0);
  });

  it('an MLB game: the schedule gives its gamePk once final, the box score\'s players are scored (hitting from the recorded game log)', async () => {
    const log = JSON.parse(readFileSync(join(FIXTURES_DIR, 'gamelogs/mlb_statsapi_people_stats_gamelog_hitting_trout_2025.json'), 'utf8')) as
      { stats: { splits: { date: string; stat: Record<string, unknown>; game: { gamePk: number } }[] }[] };
    const split = log.stats[0]?.splits[0];
    if (!split) throw new Error('no split');
    const slate = await createSlate(t.db, { sport: 'MLB' });
    const [laa, cws] = [await createTeam(t.db, { sport: 'MLB', code: 'LAA' }), await createTeam(t.db, { sport: 'MLB', code: 'CWS' })];
    const sport = await t.db.sport.findUniqueOrThrow({ where: { code: 'MLB' } });
    const mlbGame = (await t.db.game.create({ data: { sportId: sport.id, homeTeamId: cws.id, awayTeamId: laa.id, startsAt: new Date('2025-03-27T20:10:00Z') } })).id;
    await t.db.slateGame.create({ data: { slateId: slate.id, gameId: mlbGame } });
    const trout = await createSlatePlayer(t.db, slate, { name: 'Mike Trout', teamId: laa.id, gameId: mlbGame, positions: ['OF'], rosterPositions: ['OF'] });
    const benched = await createSlatePlayer(t.db, slate, { name: 'Bench Guy', teamId: cws.id, gameId: mlbGame, positions: ['1B'], rosterPositions: ['1B'] });
    // The Stats API's schedule and boxscore shapes, cut to the fields read; Trout's line is his recorded game log.
    const game = (state: string) => ({ dates: [{ games: [{ gamePk: split.game.gamePk, gameDate: '2025-03-27T20:10:00Z', status: { abstractGameState: state },
      teams: { home: { team: { name: 'Chicago White Sox' } }, away: { team: { name: 'Los Angeles Angels' } } } }] }] });
    server.setRoute('GET /api/v1/schedule', [{ body: game('Live') }, { body: game('Final') }]);
    server.setRoute(`GET /api/v1/game/${split.game.gamePk}/boxscore`, { body: { teams: {
      away: { team: { name: 'Los Angeles Angels' }, players: { ID545361: { person: { id: 545361, fullName: 'Mike Trout' }, position: { abbreviation: 'CF' }, stats: { batting: split.stat, pitching: {} } } } },
      home: { team: { name: 'Chicago White Sox' }, players: { ID1: { person: { id: 1 } } } },
    } } });
    expect(await fetchBoxScore(t.db, config, mlbGame)).toEqual({ gameId: mlbGame, status: 'not-final' });
    const outcome = await fetchBoxScore(t.db, config, mlbGame);
    expect(outcome).toMatchObject({ status: 'stored', report: { statLines: 1, skipped: 1 } });
    expect(await t.db.slatePlayerResult.findUniqueOrThrow({ where: { slatePlayerId: trout.id } })).toMatchObject({ actualPoints: 4, played: true, pointsSource: 'stats:mlb' });
    expect(await t.db.slatePlayerResult.findUniqueOrThrow({ where: { slatePlayerId: benched.id } })).toMatchObject({ actualPoints: 0, played: false });
  });
});
