/**
 * A FanDuel MLB slate imported into PostgreSQL and built by the optimizer job: the combined "C/1B" slot survives
 * storage (its name holds a '/') and is filled by a catcher or first baseman in every lineup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { buildLineups } from '../../src/optimizer/jobs/build-lineups.js';
import { closeOptimizerBackend } from '../../src/optimizer/build-lineup-set.js';
import type { JobContext } from '../../src/core/jobs/define-job.js';
import { createLogger } from '../../src/core/logger.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const FILE = 'fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv';

let t: TestDb;
let slateId: number;
const ctx = (): JobContext => ({ db: t.db, logger: createLogger('silent'), jobId: 'test', retryCount: 0 } as unknown as JobContext);

beforeAll(async () => {
  t = await createTestDb();
  const bytes = readFileSync(join(import.meta.dirname, '../fixtures/dfs', FILE));
  ({ slateId } = await importSalaryFile(t.db, bytes, { site: 'fanduel', fileName: FILE }));
});
afterAll(async () => {
  await closeOptimizerBackend();
  await t.drop();
});

describe('FanDuel MLB through the job', () => {
  it('when catchers are stored, then their roster positions keep the C/1B slot whole', async () => {
    const catcher = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, positions: { has: 'C' } } });
    expect(catcher.rosterPositions).toContain('C/1B');
  });

  it('when lineups are built, then every one fills P, C/1B, 2B, 3B, SS, 3 OF and UTIL with eligible players', async () => {
    const set = await t.db.lineupSet.create({ data: { slateId, requested: 3, rules: { minUnique: 2 } } });
    const result = await buildLineups.handler({ lineupSetId: set.id }, ctx());
    expect(result).toMatchObject({ status: 'done', lineups: 3 });
    const lineups = await t.db.lineup.findMany({ where: { lineupSetId: set.id }, include: { players: { include: { slatePlayer: true } } } });
    expect(lineups).toHaveLength(3);
    for (const lineup of lineups) {
      expect(lineup.players.map((p) => p.slotName).sort()).toEqual(['2B', '3B', 'C/1B', 'OF', 'OF', 'OF', 'P', 'SS', 'UTIL']);
      for (const p of lineup.players) expect(p.slatePlayer.rosterPositions).toContain(p.slotName);
      expect(lineup.players.reduce((s, p) => s + p.slatePlayer.salary, 0)).toBeLessThanOrEqual(35_000);
    }
  });
});
