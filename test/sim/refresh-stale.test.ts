/** The sim-engine schedule's job: upcoming slates are re-simulated when (and only when) their inputs change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import type { JobContext } from '../../src/core/jobs/define-job.js';
import { refreshStale } from '../../src/sim/jobs/refresh-stale.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import type { ProviderForecast } from '../../src/ingest/weather/forecast/hourly-forecast.js';
import { storeGameForecast } from '../../src/ingest/weather/store/store-game-forecast.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { loadDkRows } from './support/load-dk-slate.js';
import { seedDkSlate } from './support/seed-slate.js';

let t: TestDb;
let slateId: number;
const sent: { name: string; payload: unknown; id: string | undefined }[] = [];

function ctx(): JobContext {
  return {
    db: t.db,
    config: testConfig(t.url),
    logger: createLogger('silent'),
    jobId: 'refresh',
    retryCount: 0,
    lastAttempt: false,
    send: (async (name: string, payload: unknown, options?: { id?: string }) => {
      sent.push({ name, payload, id: options?.id });
      return 'x';
    }) as unknown as JobContext['send'],
  };
}

beforeAll(async () => {
  t = await createTestDb();
  ({ slateId } = await seedDkSlate(t.db, loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv').filter((r) => r.gameKey === 'CLE@BUF')));
});
afterAll(async () => t?.drop());

const tick = () => refreshStale.handler({ horizonHours: 36, sims: 500 }, ctx());

/** A weather refresh as the ingester stores it: the hours around kickoff, all with this wind. */
async function refreshWeather(gameId: number, windSpeedMph: number): Promise<void> {
  const game = await t.db.game.findUniqueOrThrow({ where: { id: gameId } });
  const first = Math.floor(game.startsAt.getTime() / 3_600_000) - 1;
  const hours = [0, 1, 2, 3, 4, 5].map((i) => ({
    time: new Date((first + i) * 3_600_000), temperatureF: 38, windSpeedMph, windGustMph: windSpeedMph + 8, windDirectionDeg: 250,
    precipProbabilityPct: 20, precipitationIn: 0, summary: null,
  }));
  const forecast: ProviderForecast = { provider: 'open-meteo', generatedAt: null, hours };
  expect(await storeGameForecast(t.db, { game, venue: { fieldBearing: null, roof: 'open' }, forecast, windowHours: 3.5, now: new Date() })).toBe(true);
}

describe('sim-engine.refresh-stale', () => {
  it('when a slate was never simulated, then it starts a run; after a run, nothing; after an injury, a new run', async () => {
    await refreshStale.handler({ horizonHours: 36, sims: 500 }, ctx());
    expect(sent.map((s) => [s.name, (s.payload as { slateId: number }).slateId])).toEqual([['sim-engine.run-projections', slateId]]);
    const firstId = sent[0]!.id;

    await runProjectionsInline(t.db, { slateId, sims: 500, seed: 1 });
    sent.length = 0;
    await refreshStale.handler({ horizonHours: 36, sims: 500 }, ctx());
    expect(sent).toEqual([]);

    const row = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, name: 'Josh Allen' } });
    await t.db.injuryReport.create({ data: { sportCode: 'NFL', source: 'test', sourceKey: 'allen', playerId: row.playerId, playerName: 'Josh Allen', status: 'questionable', reportedAt: new Date() } });
    await refreshStale.handler({ horizonHours: 36, sims: 500 }, ctx());
    await refreshStale.handler({ horizonHours: 36, sims: 500 }, ctx());
    // Two ticks seeing the same change send the same job id (pg-boss keeps one).
    expect(sent).toHaveLength(2);
    expect(sent[0]!.id).toBe(sent[1]!.id);
    expect(sent[0]!.id).not.toBe(firstId);
  });

  it('when two weather refreshes bring the same forecast, then the slate is re-simulated once; a changed forecast counts again', async () => {
    await runProjectionsInline(t.db, { slateId, sims: 500, seed: 2 });
    sent.length = 0;
    const { gameId } = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, gameId: { not: null } } });
    await refreshWeather(gameId!, 25);
    await tick();
    expect(sent).toHaveLength(1);

    await runProjectionsInline(t.db, { slateId, sims: 500, seed: 3 });
    await refreshWeather(gameId!, 25);
    await tick();
    // The second row is kept (history) but changes nothing the sim reads: no second 10k-draw run.
    expect(await t.db.weatherForecast.count({ where: { gameId: gameId! } })).toBe(2);
    expect(sent).toHaveLength(1);

    await refreshWeather(gameId!, 32);
    await tick();
    expect(sent).toHaveLength(2);
  });

  it('when injury reports repeat the status with a new note, then nothing is re-simulated; a new status is', async () => {
    await runProjectionsInline(t.db, { slateId, sims: 500, seed: 4 });
    sent.length = 0;
    const row = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, name: 'Josh Allen' } });
    const report = { sportCode: 'NFL', source: 'espn', sourceKey: '3918298', playerId: row.playerId, playerName: 'Josh Allen' };
    await t.db.injuryReport.create({ data: { ...report, status: 'questionable', note: 'Allen was limited at practice Thursday.', reportedAt: new Date() } });
    await tick();
    expect(sent).toEqual([]);
    await t.db.injuryReport.create({ data: { ...report, status: 'doubtful', note: 'Allen did not practice Friday.', reportedAt: new Date() } });
    await tick();
    expect(sent).toHaveLength(1);
  });

  it('when a projections job for the slate is already queued (the injury monitor sent it), then the refresh adds no second run', async () => {
    const { default: PgBoss } = await import('pg-boss');
    const boss = new PgBoss({ connectionString: t.url, supervise: false, schedule: false });
    await boss.start();
    try {
      await boss.createQueue('sim-engine.run-projections');
      await runProjectionsInline(t.db, { slateId, sims: 500, seed: 5 });
      const row = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, name: 'Josh Allen' } });
      await t.db.injuryReport.create({ data: {
        sportCode: 'NFL', source: 'espn', sourceKey: '3918298', playerId: row.playerId, playerName: 'Josh Allen', status: 'out', reportedAt: new Date(),
      } });
      // What the injury monitor does on that change; no worker runs here, so the job stays queued.
      const queued = await boss.send('sim-engine.run-projections', { slateId, sims: 500 });
      sent.length = 0;
      await tick();
      expect(sent).toEqual([]);

      await boss.deleteJob('sim-engine.run-projections', queued as string);
      await tick();
      expect(sent.map((s) => (s.payload as { slateId: number }).slateId)).toEqual([slateId]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
