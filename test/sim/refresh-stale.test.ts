/** The sim-engine schedule's job: upcoming slates are re-simulated when (and only when) their inputs change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import type { JobContext } from '../../src/core/jobs/define-job.js';
import { refreshStale } from '../../src/sim/jobs/refresh-stale.js';
import { runProjectionsInline } from '../../src/sim/index.js';
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
});
