/**
 * Odds ingestion benchmark (issue 5): one poll cycle of 16 NFL games x 10 books x 3 markets (960 outcomes) plus
 * 500 player-prop outcomes (spread over the 16 events, one props request each), fetched with the real client from a
 * local server and stored in PostgreSQL: parse, match events and players (a slate of those players is imported),
 * change detection, batch inserts, consensus lines. Target <= 300 ms per cycle. Measured three ways: a first poll
 * (every outcome new), the identical payload again (nothing to store) and a poll where ~10% of prices moved.
 * Uses DATABASE_URL's server, else an embedded PostgreSQL. Run alone with `npx tsx test/bench/odds.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createDb } from '../../src/core/db.js';
import { buildPlayerKey, importSlate, TEAMS, type ParsedPlayer } from '../../src/ingest/dfs/index.js';
import { runPollCycle } from '../../src/ingest/odds/run-poll-cycle.js';
import { startFixtureServer } from '../support/fixture-server.js';
import { withBenchDatabase, type BenchMetric } from './bench-support.js';
import { buildBenchPayload } from '../ingest-odds/bench-payload.js';

const RUNS = 7;

async function run(): Promise<BenchMetric[]> {
  return withBenchDatabase(async (url) => {
    const db = createDb(url, { max: 4 });
    const payload = buildBenchPayload(new Date(Date.now() + 3 * 3_600_000));
    const server = await startFixtureServer();
    // Bodies serialized once up front: the provider's JSON encoding is not our poll's work.
    const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
    const bodies = {
      plain: { games: json(payload.games), props: payload.props.map((p) => ({ id: p.id, body: json(p) })) },
      moved: { games: json(payload.movedGames()), props: payload.movedProps().map((p) => ({ id: p.id, body: json(p) })) },
    };
    const serve = (moved: boolean): void => {
      const b = moved ? bodies.moved : bodies.plain;
      server.setRoute('GET /v4/sports/americanfootball_nfl/odds', { body: b.games, headers: { 'x-requests-remaining': '100000', 'x-requests-used': '1' } });
      for (const p of b.props) {
        server.setRoute(`GET /v4/sports/americanfootball_nfl/events/${p.id}/odds`, { body: p.body, headers: { 'x-requests-remaining': '99990', 'x-requests-used': '11' } });
      }
    };
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', ODDS_API_KEY: 'bench-key', ODDS_API_URL: server.url, ODDS_SPORTS: 'NFL', ODDS_PROPS_WINDOW_HOURS: '36' });
    const ctx = { db, config, logger: pino({ level: 'silent' }) };
    try {
      const nfl = TEAMS.NFL;
      const players: ParsedPlayer[] = payload.players.map((p, i) => ({
        sitePlayerId: String(900000 + i), playerKey: buildPlayerKey(p.name, p.team), name: p.name, positions: ['WR'], rosterPositions: ['WR', 'FLEX'],
        salary: 5000, team: p.team, opponent: p.opponent, gameKey: p.gameKey, avgPoints: 10, status: null, injuryNote: null, battingOrder: null, isProbablePitcher: null,
      }));
      await importSlate(db, {
        site: 'draftkings', sport: 'NFL', gameType: 'classic', siteSlateId: 'bench-odds', warnings: [], players,
        games: payload.matchups.map((m) => ({ gameKey: `${m.away}@${m.home}`, awayTeam: m.away, homeTeam: m.home, startsAt: m.startsAt, siteGameId: null })),
      }, { source: 'csv' });
      if (nfl.length < 32) throw new Error('team table incomplete');

      const first: number[] = [];
      const repeat: number[] = [];
      const moved: number[] = [];
      let stored = { first: 0, moved: 0 };
      for (let i = 0; i <= RUNS; i++) {
        await db.$executeRawUnsafe('TRUNCATE "OddsEvent", "OddsPoll", "GameLine" CASCADE');
        serve(false);
        let t0 = performance.now();
        const a = await runPollCycle(ctx, 'manual');
        const tFirst = performance.now() - t0;
        t0 = performance.now();
        const b = await runPollCycle(ctx, 'manual');
        const tRepeat = performance.now() - t0;
        serve(true);
        t0 = performance.now();
        const c = await runPollCycle(ctx, 'manual');
        const tMoved = performance.now() - t0;
        if (a.quotesSeen !== 1460 || a.pricesStored !== 1460 || b.pricesStored !== 0 || a.propEventsFetched !== 16) {
          throw new Error(`unexpected cycle: ${JSON.stringify({ seen: a.quotesSeen, first: a.pricesStored, repeat: b.pricesStored, props: a.propEventsFetched })}`);
        }
        if (a.unmatchedEvents.length || a.unmatchedPlayers.length) throw new Error('bench payload should match fully');
        stored = { first: a.pricesStored, moved: c.pricesStored };
        if (i === 0) continue; // warms up the JIT, the pool and the plan cache
        first.push(tFirst);
        repeat.push(tRepeat);
        moved.push(tMoved);
      }
      const stat = (xs: number[]) => {
        const s = [...xs].sort((x, y) => x - y);
        return { median: Math.round(s[Math.floor(s.length / 2)] ?? NaN), min: Math.round(s[0] ?? NaN), max: Math.round(s[s.length - 1] ?? NaN) };
      };
      const [f, r, m] = [stat(first), stat(repeat), stat(moved)];
      return [
        { name: 'odds poll: 16 games x 10 books x 3 mkts + 500 props, first (median)', value: f.median, unit: 'ms', target: 300, note: `${RUNS} runs, min ${f.min}, max ${f.max}; ${stored.first} rows, 17 requests` },
        { name: 'odds poll: identical payload again (median)', value: r.median, unit: 'ms', target: 300, note: `min ${r.min}, max ${r.max}; 0 rows` },
        { name: 'odds poll: ~10% of prices moved (median)', value: m.median, unit: 'ms', target: 300, note: `min ${m.min}, max ${m.max}; ${stored.moved} rows` },
      ];
    } finally {
      await server.close();
      await db.$disconnect();
    }
  });
}

export const bench = { name: 'odds-poll', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then((metrics) => console.log(JSON.stringify(metrics, null, 2)), (error: unknown) => { console.error(error); process.exitCode = 1; });
}
