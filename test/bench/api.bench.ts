/**
 * API benchmark (issue 8): GET /api/v1/slates/{id} — the real 556-player DraftKings NFL main slate (2025-11-16)
 * with a projection for every player, consensus lines, forecasts and injury reports — at a fixed 200 requests/s
 * for 20 s with a Bearer token, through the real platform (backend-api role on PostgreSQL). autocannon runs in a
 * worker thread and corrects for coordinated omission, so a stall counts for every request it delayed.
 * Target: p99 ≤ 50 ms. Run alone with `npx tsx test/bench/api.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { startPlatform } from '../../src/app/platform.js';
import { createApiToken, createUser } from '../../src/api/index.js';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { withBenchDatabase, type Bench, type BenchMetric } from './bench-support.js';

interface AutocannonResult {
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  requests: { average: number; total: number };
  throughput: { average: number };
  non2xx: number; errors: number; timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const FILE = 'dk_nfl_classic_2025-11-16_DKSalaries.csv';
const RATE = 200;
const SECONDS = 20;

async function run(): Promise<BenchMetric[]> {
  return withBenchDatabase(async (url) => {
    const config = loadConfig({ DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO_SLATE: 'false' });
    const platform = await startPlatform({ config, roles: ['backend-api'], logger: createLogger('silent') });
    try {
      const db = platform.db;
      const { slateId } = await importSalaryFile(db, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'api', FILE)), { site: 'draftkings', fileName: FILE });
      const user = await createUser(db, { email: 'bench@example.com', password: 'bench-password-123' });
      const { token } = await createApiToken(db, user.id, 'bench');
      const players = await db.slatePlayer.findMany({ where: { slateId }, select: { id: true, playerId: true, avgPoints: true, name: true, salary: true } });
      const set = await db.projectionSet.create({ data: { slateId, userId: user.id, name: 'bench', source: 'upload' } });
      await db.projection.createMany({
        data: players.map((p) => ({ projectionSetId: set.id, slatePlayerId: p.id, mean: (p.avgPoints ?? 0) + 1, sd: 6, floor: 2, ceiling: 30, ownership: 0.05 })),
      });
      const games = await db.slateGame.findMany({ where: { slateId }, select: { gameId: true } });
      for (const { gameId } of games) {
        await db.gameLine.create({ data: { gameId, bookCount: 8, homeSpread: -3, total: 45.5, homeImpliedTotal: 24.25, awayImpliedTotal: 21.25 } });
        await db.weatherForecast.create({ data: { gameId, provider: 'nws', isIndoor: false, temperatureF: 50, windSpeedMph: 8 } });
      }
      await db.injuryReport.createMany({
        data: players.slice(0, 60).map((p, i) => ({ sportCode: 'NFL', source: 'espn', sourceKey: `b${i}`, playerId: p.playerId, playerName: p.name, status: 'Q', reportedAt: new Date() })),
      });
      const target = `http://127.0.0.1:${platform.port}/api/v1/slates/${slateId}`;
      // As browsers, htmx, curl --compressed and python-requests send it.
      const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' };
      // Warm up the connection pool and the JIT outside the measurement.
      await autocannon({ url: target, headers, connections: 4, amount: 200 });
      const result = await autocannon({ url: target, headers, connections: 16, overallRate: RATE, duration: SECONDS, workers: 1 });
      const plain = await fetch(target, { headers: { authorization: headers.authorization } });
      const body = await plain.text();
      const gzipped = await fetch(target, { headers });
      const wire = Number(gzipped.headers.get('content-length') ?? 0);
      const note = `${result.requests.total} requests in ${SECONDS} s (${result.requests.average}/s), ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${result.timeouts} timeouts; body ${Math.round(body.length / 1024)} KiB JSON, ${Math.round(wire / 1024)} KiB gzipped on the wire, ${players.length} players`;
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`requests failed: ${note}`);
      return [
        { name: `api: GET /api/v1/slates/{id} at ${RATE} req/s, p50`, value: result.latency.p50, unit: 'ms', note },
        { name: `api: GET /api/v1/slates/{id} at ${RATE} req/s, p99`, value: result.latency.p99, unit: 'ms', target: 50 },
        { name: `api: GET /api/v1/slates/{id} at ${RATE} req/s, max`, value: result.latency.max, unit: 'ms' },
      ];
    } finally {
      await platform.stop();
    }
  });
}

export const bench: Bench = { name: 'api', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then((metrics) => console.log(JSON.stringify(metrics, null, 2)), (error: unknown) => { console.error(error); process.exitCode = 1; });
}
