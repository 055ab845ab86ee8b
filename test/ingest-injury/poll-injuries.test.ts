/**
 * Injury polling against feeds served on 127.0.0.1 with the real clients, a real database and real pg-boss:
 * reports parsed and matched, unmatched names kept, history per player, a change to "out" flagging the
 * lineups holding the player and enqueueing one slate re-simulation, and one source down not stopping others.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { startBoss } from '../../src/core/jobs/boss.js';
import type { SendJob } from '../../src/core/jobs/send-job.js';
import { createSendJob, ensureAppQueues } from '../../src/app/queues.js';
import { pollInjurySource } from '../../src/ingest/injury/poll/poll-injury-source.js';
import { pollSourceJob } from '../../src/ingest/injury/jobs/poll-source.js';
import { runOnce } from '../../src/ingest/injury/run-once.js';
import { reactToStatusChanges } from '../../src/ingest/injury/react/react-to-status-changes.js';
import { listInjuryHistory } from '../../src/ingest/injury/store/list-injury-history.js';
import { createTeam, createSlate } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';

const logger = createLogger('silent');
const kickoff = new Date('2025-11-16T21:25:00Z');
let t: TestDb;
let server: FixtureServer;
let boss: PgBoss;
let send: SendJob;
let slateId: number;
const ids: Record<string, { playerId: number; slatePlayerId: number }> = {};
const lineups: Record<string, number> = {};

const config = () => testConfig(t.url, {
  ESPN_API_URL: server.url,
  DFS_SPORTS: 'NFL',
  INJURY_FEED_URLS: `NFL=${server.url}/rss/nfl.xml,${server.url}/atom.xml`,
  NFL_INJURY_REPORT_URL: `${server.url}/injuries_2025.csv`,
});
const ctx = (now: string) => ({ db: t.db, config: config(), logger, send, now: new Date(now) });
const resimJobs = async () => (await t.db.$queryRaw<{ id: string; data: { slateId: number }; state: string }[]>`
  SELECT id::text, data, state::text FROM pgboss.job WHERE name = 'sim-engine.run-projections' ORDER BY created_on`);

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer({
    'GET /apis/site/v2/sports/football/nfl/injuries': { file: 'injury/espn_site_v2_nfl_injuries_SEMISYNTHETIC_fixture_2026-09-10.json' },
    'GET /rss/nfl.xml': { file: 'injury/news_rss_player_news_SYNTHETIC.xml' },
    'GET /atom.xml': { file: 'injury/news_atom_player_news_SYNTHETIC.xml' },
    'GET /injuries_2025.csv': { file: 'injury/nflverse_injuries_2025_week11_SYNTHETIC.csv' },
  });
  boss = await startBoss(t.url, logger, { supervise: false });
  await ensureAppQueues(boss);
  send = createSendJob(boss);

  // The real DK slate of 2025-11-16 in miniature: KC@DEN and SEA@LAR, players from its salary file.
  const team = (code: string) => createTeam(t.db, { sport: 'NFL', code });
  const [kc, den, sea, lar] = [await team('KC'), await team('DEN'), await team('SEA'), await team('LAR')];
  const game = await t.db.game.create({ data: { sportId: kc.sportId, homeTeamId: den.id, awayTeamId: kc.id, startsAt: kickoff } });
  const slate = await createSlate(t.db, { sport: 'NFL', firstStartsAt: kickoff });
  slateId = slate.id;
  const roster: [string, { id: number }, string, number | null, string | null][] = [
    ['Rashee Rice', kc, 'WR', game.id, null], ['Courtland Sutton', den, 'WR', game.id, null], ['J.K. Dobbins', den, 'RB', game.id, null],
    ['Bo Nix', den, 'QB', game.id, 'Q'], ['Puka Nacua', lar, 'WR', null, null], ['Davante Adams', lar, 'WR', null, null],
    ['Jaxon Smith-Njigba', sea, 'WR', null, null],
  ];
  for (const [name, tm, pos, gameId, siteStatus] of roster) {
    const player = await t.db.player.create({ data: { sportId: kc.sportId, fullName: name, normalizedName: name.toLowerCase().replace(/\./g, ''), position: pos, teamId: tm.id } });
    const sp = await t.db.slatePlayer.create({
      data: { slateId, playerId: player.id, sitePlayerId: `dk-${player.id}`, name, positions: [pos], rosterPositions: [pos, 'FLEX'], salary: 6000, teamId: tm.id, gameId, siteStatus },
    });
    ids[name] = { playerId: player.id, slatePlayerId: sp.id };
  }
  const set = await t.db.lineupSet.create({ data: { slateId, requested: 3, rules: {} } });
  const lineup = async (index: number, names: string[]) => (await t.db.lineup.create({
    data: { lineupSetId: set.id, index, salary: 50000, projection: 120, players: { create: names.map((n, slot) => ({ slot, slotName: slot === 0 ? 'WR' : 'FLEX', slatePlayerId: ids[n]!.slatePlayerId })) } },
  })).id;
  lineups.withRice = await lineup(0, ['Rashee Rice', 'J.K. Dobbins']);
  lineups.withJsn = await lineup(1, ['Jaxon Smith-Njigba', 'Bo Nix']);
  lineups.clean = await lineup(2, ['Courtland Sutton', 'Puka Nacua']);
});

afterAll(async () => {
  await boss.stop({ graceful: false, close: true });
  await server.close();
  await t.drop();
});

describe('polling injury sources', () => {
  it('when the NFL report lists designations, then they are stored per player and one re-sim is queued', async () => {
    const result = await pollInjurySource(ctx('2025-11-15T12:00:00Z'), { kind: 'nfl-report', url: `${server.url}/injuries_2025.csv` });
    expect(result).toMatchObject({ reports: 4, inserted: 4, unmatched: [] });
    expect(result.warnings).toEqual(['NFL injury report line 7: unknown report_status "Note" for Taylor Brinkmoor']);
    expect(result.changes).toEqual(expect.arrayContaining([
      { player: 'Rashee Rice', from: null, to: 'questionable' }, { player: 'Jaxon Smith-Njigba', from: null, to: 'out' },
    ]));
    // nflverse writes the Rams as LA; the alias table makes it LAR.
    expect(await t.db.injuryReport.findFirst({ where: { playerName: 'Puka Nacua' } })).toMatchObject({ teamCode: 'LAR', playerId: ids['Puka Nacua']!.playerId });
    expect(result.reaction.resims).toHaveLength(1);
    expect(await resimJobs()).toEqual([expect.objectContaining({ data: expect.objectContaining({ slateId }) })]);
    // Smith-Njigba is out: his lineup needs a swap; questionable Rice's does not.
    const flags = await t.db.lineup.findMany({ orderBy: { index: 'asc' }, select: { needsSwap: true, swapReason: true } });
    expect(flags.map((f) => f.needsSwap)).toEqual([false, true, false]);
    expect(flags[1]?.swapReason).toMatch(/^injury: Jaxon Smith-Njigba \(WR\) out per nfl-report 2025-11-14T20:15Z/);
  });

  it('when Rice is ruled out in the news, then his lineup is flagged and the re-sim is enqueued exactly once', async () => {
    // The first re-run has been worked meanwhile.
    const [first] = await boss.fetch<{ slateId: number }>('sim-engine.run-projections');
    if (first) await boss.complete('sim-engine.run-projections', first.id);

    const source = { kind: 'news', url: `${server.url}/rss/nfl.xml`, sport: 'NFL' } as const;
    const result = await pollInjurySource(ctx('2025-11-16T15:00:00Z'), source);
    expect(result.changes).toEqual(expect.arrayContaining([{ player: 'Rashee Rice', from: 'questionable', to: 'out' }]));
    // Nacua's news repeats "questionable" (no change); Dobbins's first word is "active" (no news); Feldwood is nobody we know.
    expect(result.changes.map((c) => c.player)).not.toContain('Puka Nacua');
    expect(result.unmatched).toEqual([expect.objectContaining({ name: 'Marcus Feldwood' })]);
    expect(await t.db.injuryReport.findFirst({ where: { playerName: 'Marcus Feldwood' } })).toMatchObject({ playerId: null, status: 'injured_reserve', source: 'news' });

    const rice = await t.db.lineup.findUniqueOrThrow({ where: { id: lineups.withRice! } });
    expect(rice).toMatchObject({ needsSwap: true, swapReason: expect.stringMatching(/^injury: Rashee Rice \(WR\) out per news 2025-11-16T14:02Z/) });
    expect((await t.db.lineup.findUniqueOrThrow({ where: { id: lineups.clean! } })).needsSwap).toBe(false);
    expect(await resimJobs()).toHaveLength(2);

    // The same poll again (a retry, a second instance): nothing new is written or enqueued.
    const rows = await t.db.injuryReport.count();
    const again = await pollInjurySource(ctx('2025-11-16T15:05:00Z'), source);
    expect(again).toMatchObject({ inserted: 0, changes: [], reaction: { resims: [] } });
    expect(await t.db.injuryReport.count()).toBe(rows);
    expect(await resimJobs()).toHaveLength(2);

    // Even replaying the reaction to the same change cannot enqueue it twice: the job id is derived from it.
    const to = { playerId: ids['Rashee Rice']!.playerId, status: 'out' as const, source: 'news', reportedAt: new Date('2025-11-16T14:02:00Z'), note: null };
    const replay = await reactToStatusChanges({ db: t.db, send, logger, now: new Date('2025-11-16T15:06:00Z') }, [{ playerId: to.playerId, playerName: 'Rashee Rice', from: null, to }]);
    expect(replay.resims).toEqual([{ slateId, jobId: null }]);
    expect(await resimJobs()).toHaveLength(2);
  });

  it('keeps a history of changes per canonical player across sources', async () => {
    const history = await listInjuryHistory(t.db, ids['Rashee Rice']!.playerId);
    expect(history.map((h) => [h.previousStatus, h.status, h.source])).toEqual([[null, 'questionable', 'nfl-report'], ['questionable', 'out', 'news']]);
  });

  it('when the games have started, then news no longer re-simulates the slate', async () => {
    const atom = { kind: 'news', url: `${server.url}/atom.xml`, sport: null } as const;
    const result = await pollInjurySource(ctx('2025-11-16T22:00:00Z'), atom);
    expect(result.changes).toEqual(expect.arrayContaining([{ player: 'Courtland Sutton', from: null, to: 'out' }]));
    expect(result.reaction.resims).toEqual([]);
  });
});

describe('other sources and faults', () => {
  it('when ESPN lists players we do not have, then they are stored unmatched and reported', async () => {
    const result = await pollInjurySource(ctx('2025-11-16T15:10:00Z'), { kind: 'espn', sport: 'NFL' });
    expect(result.unmatched.map((u) => u.name).sort()).toEqual(['Jeremiyah Love', 'No Body', 'Ty Okada']);
    expect(await t.db.injuryReport.count({ where: { source: 'espn', playerId: null } })).toBe(3);
  });

  it('when a player stored unmatched appears later (slate imported after the news), then the next poll adopts the reports', async () => {
    const sea = await createTeam(t.db, { sport: 'NFL', code: 'SEA' });
    const okada = await t.db.player.create({ data: { sportId: sea.sportId, fullName: 'Ty Okada', normalizedName: 'ty okada', position: 'S', teamId: sea.id } });
    const result = await pollInjurySource(ctx('2025-11-16T15:12:00Z'), { kind: 'espn', sport: 'NFL' });
    expect(result.inserted).toBe(0);
    expect(result.changes).toEqual([{ player: 'Ty Okada', from: null, to: 'out' }]);
    expect(await t.db.injuryReport.findFirst({ where: { playerName: 'Ty Okada' } })).toMatchObject({ playerId: okada.id });
  });

  it('when ESPN no longer lists a player, then he is reported active again', async () => {
    const body = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'injury/espn_site_v2_nfl_injuries_SEMISYNTHETIC_fixture_2026-09-10.json'), 'utf8')) as { injuries: { id: string }[] };
    body.injuries = body.injuries.filter((team) => team.id !== '26'); // Seattle (Ty Okada) drops off the list
    server.setRoute('GET /apis/site/v2/sports/football/nfl/injuries', { body });
    // The ESPN recording is dated 2026-09-10, so this poll happens just after it.
    const result = await pollInjurySource(ctx('2026-09-11T00:00:00Z'), { kind: 'espn', sport: 'NFL' });
    expect(result.changes).toEqual([{ player: 'Ty Okada', from: 'out', to: 'active' }]);
    expect(await t.db.injuryReport.findFirst({ where: { playerName: 'Ty Okada', status: 'active' } })).toMatchObject({ source: 'espn', note: 'no longer on the ESPN injury report' });
    server.setRoute('GET /apis/site/v2/sports/football/nfl/injuries', { file: 'injury/espn_site_v2_nfl_injuries_SEMISYNTHETIC_fixture_2026-09-10.json' });
  });

  it('reads the DraftKings Status already ingested as a site report', async () => {
    const result = await pollInjurySource(ctx('2025-11-16T15:15:00Z'), { kind: 'site-status' });
    expect(result.changes).toEqual([{ player: 'Bo Nix', from: null, to: 'questionable' }]);
    expect(await t.db.injuryReport.findFirst({ where: { source: 'draftkings' } })).toMatchObject({ playerId: ids['Bo Nix']!.playerId, rawStatus: 'Q' });
  });

  it('when a provider is down, then its job fails (to be retried) and the cycle still polls the others', async () => {
    server.setRoute('GET /apis/site/v2/sports/football/nfl/injuries', { status: 503, body: { error: 'down' } });
    const jobCtx = { db: t.db, config: config(), logger, send, jobId: 'test', retryCount: 0, lastAttempt: false };
    await expect(pollSourceJob.handler({ kind: 'espn', sport: 'NFL' }, jobCtx)).rejects.toThrow(/espn: HTTP 503/);
    expect(await t.db.providerStatus.findUnique({ where: { provider: 'espn:NFL' } })).toMatchObject({ lastError: expect.stringContaining('503') });

    const summary = await runOnce({ db: t.db, config: config(), logger, send });
    expect(summary.failed).toEqual([{ source: 'espn:NFL', error: expect.stringContaining('503') }]);
    expect((summary.sources as { source: string }[]).map((s) => s.source)).toEqual(
      expect.arrayContaining([`news:${new URL(server.url).host}`, 'nfl-report', 'site-status']),
    );
  });
});
