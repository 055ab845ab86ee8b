import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayerKey, importSlate, type ParsedPlayer, type ParsedSlate } from '../../src/ingest/dfs/index.js';
import { listUnmatchedOdds, readPlayerPropLines } from '../../src/ingest/odds/store/read-odds.js';
import { runPollCycle } from '../../src/ingest/odds/run-poll-cycle.js';
import { DEFAULT_PROP_MARKETS } from '../../src/ingest/odds/sports.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { captureLogger, gameOdds, NFL_ODDS_PATH, propsEvent, quotaHeaders, SECRET_KEY } from './support.js';

const EVENT = 'c9d8ed8aa4889486eaf10a630138ede0'; // Indianapolis Colts @ Washington Commanders, 2026-10-04 13:30Z
const KICKOFF = new Date('2026-10-04T13:30:00Z');
const FETCHED_AT = new Date('2026-10-03T18:38:01Z'); // when the recording was made: the event is 19h ahead

/** A DraftKings classic slate holding the IND@WAS game, names as DraftKings prints them. */
function slate(siteSlateId: string, people: [string, string, string][]): ParsedSlate {
  const players: ParsedPlayer[] = people.map(([name, position, team], i) => ({
    sitePlayerId: `${siteSlateId}${i}`, playerKey: buildPlayerKey(name, team), name, positions: [position],
    rosterPositions: position === 'DST' ? ['DST'] : [position, 'FLEX'], salary: 5000, team, opponent: team === 'IND' ? 'WAS' : 'IND',
    gameKey: 'IND@WAS', avgPoints: 10, status: null, injuryNote: null, battingOrder: null, isProbablePitcher: null,
  }));
  return {
    site: 'draftkings', sport: 'NFL', gameType: 'classic', siteSlateId, warnings: [], players,
    games: [{ gameKey: 'IND@WAS', awayTeam: 'IND', homeTeam: 'WAS', startsAt: KICKOFF, siteGameId: null }],
  };
}

describe('ingest-odds poll: player props', () => {
  let t: TestDb;
  let server: FixtureServer;
  let gameId: number;
  const ids = new Map<string, number>();
  const log = captureLogger();
  const poll = (overrides: Record<string, string> = {}) => runPollCycle({ db: t.db, config: testConfig(t.url, {
    ODDS_API_KEY: SECRET_KEY, ODDS_API_URL: server.url, ODDS_SPORTS: 'NFL', ODDS_PROPS_WINDOW_HOURS: '36', ...overrides,
  }), logger: log.logger }, 'manual', { now: () => FETCHED_AT });

  beforeAll(async () => {
    t = await createTestDb();
    const body = propsEvent();
    server = await startFixtureServer({
      // The game listing names the event (no game lines posted yet); its props come from the recorded response.
      [`GET ${NFL_ODDS_PATH}`]: { body: [{ ...body, bookmakers: [] }], headers: quotaHeaders(420, 80) },
      [`GET /v4/sports/americanfootball_nfl/events/${EVENT}/odds`]: { body, headers: quotaHeaders(402, 98) },
    });
    await importSlate(t.db, slate('130001', [
      ['Jonathan Taylor', 'RB', 'IND'], ['Daniel Jones', 'QB', 'IND'], ['Tyler Warren', 'TE', 'IND'], ['Josh Downs', 'WR', 'IND'],
      ['D.J. Giddens', 'RB', 'IND'], ['Colts ', 'DST', 'IND'], ['Jacory Croskey-Merritt', 'RB', 'WAS'], ['Marcus Mariota', 'QB', 'WAS'],
      ['Commanders ', 'DST', 'WAS'],
    ]), { source: 'csv' });
    const game = await t.db.game.findFirstOrThrow({ where: { startsAt: KICKOFF } });
    gameId = game.id;
    for (const p of await t.db.player.findMany()) ids.set(p.fullName.trim(), p.id);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('when the event is polled, then props are fetched as American odds and names match the slate players', async () => {
    const summary = await poll();
    expect(summary).toMatchObject({ status: 'ok', propEventsFetched: 1, skipped: 0, requestsRemaining: 402 });
    const request = server.requests.find((r) => r.path.includes('/events/'));
    expect(request?.query.get('markets')).toBe(DEFAULT_PROP_MARKETS.NFL.join(','));
    expect(request?.query.get('oddsFormat')).toBe('american');
    expect(await t.db.oddsEvent.findFirst({ where: { providerEventId: EVENT } })).toMatchObject({ gameId });

    const lines = await readPlayerPropLines(t.db, [gameId]);
    const taylor = lines.find((l) => l.playerId === ids.get('Jonathan Taylor') && l.market === 'player_rush_yds');
    expect(taylor).toMatchObject({ playerName: 'Jonathan Taylor', vigRemoved: true, gameId });
    expect(taylor?.line).toBeGreaterThan(50);
    expect(lines.some((l) => l.playerId === ids.get('D.J. Giddens'))).toBe(true);
    const td = lines.find((l) => l.playerId === ids.get('Jonathan Taylor') && l.market === 'player_anytime_td');
    expect(td).toMatchObject({ line: null, vigRemoved: false });
  });

  it('when books name a defense "D/ST" or "Defense", then both land on the team DST', async () => {
    const rows = await t.db.playerPropLine.findMany({ where: { playerName: { in: ['Indianapolis Colts D/ST', 'Indianapolis Colts Defense'] } } });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(new Set(rows.map((r) => r.playerId))).toEqual(new Set([ids.get('Colts')]));
  });

  it('when a prop names someone not on the slate, then it is stored unmatched and reported', async () => {
    const unmatched = await listUnmatchedOdds(t.db, new Date('2026-10-01T00:00:00Z'));
    const names = unmatched.players.map((p) => p.playerName);
    expect(names).toContain('Stefon Diggs');
    expect(names).not.toContain('Jonathan Taylor');
    const poll = await t.db.oddsPoll.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(poll.unmatchedPlayers).toBe(names.length);
    expect(JSON.stringify(poll.report)).toContain('Stefon Diggs');
  });

  it('when the same props are polled again, then nothing is added', async () => {
    const [prices, props] = [await t.db.oddsPrice.count(), await t.db.playerPropLine.count()];
    const summary = await poll();
    expect(summary).toMatchObject({ pricesStored: 0, propLinesStored: 0 });
    expect(await t.db.oddsPrice.count()).toBe(prices);
    expect(await t.db.playerPropLine.count()).toBe(props);
  });

  it('when the quota left would dip into the reserve, then props are skipped and game lines still polled', async () => {
    const before = server.requests.length;
    const summary = await poll({ ODDS_QUOTA_RESERVE: '418' }); // 420 left, 6 markets x 1 region for one event
    expect(summary).toMatchObject({ status: 'ok', propEventsFetched: 0 });
    expect(summary.notes.join(' ')).toMatch(/NFL props skipped: ~6 credits needed, 420 left, reserve 418/);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual([NFL_ODDS_PATH]);
  });

  it('when a later slate brings an unmatched player, then the next poll attributes his earlier lines', async () => {
    await importSlate(t.db, slate('130002', [['Stefon Diggs', 'WR', 'WAS']]), { source: 'csv' });
    const diggs = (await t.db.player.findFirstOrThrow({ where: { fullName: 'Stefon Diggs' } })).id;
    const summary = await poll();
    expect(summary.propLinesStored).toBe(0);
    const rows = await t.db.playerPropLine.findMany({ where: { playerName: 'Stefon Diggs' } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.playerId === diggs)).toBe(true);
  });

  it('when a listed event has no props any more (404), then it is noted and the other events still store', async () => {
    const gone = { ...gameOdds()[0], bookmakers: [] };
    server.setRoute(`GET ${NFL_ODDS_PATH}`, { body: [gone, { ...propsEvent(), bookmakers: [] }], headers: quotaHeaders(400, 100) });
    const summary = await poll();
    expect(summary).toMatchObject({ status: 'ok', propEventsFetched: 1 });
    expect(summary.notes).toEqual([`props for ${gone.id}: event no longer listed`]);
  });
});
