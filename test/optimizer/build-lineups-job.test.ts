import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { buildLineups } from '../../src/optimizer/jobs/build-lineups.js';
import { closeOptimizerBackend } from '../../src/optimizer/build-lineup-set.js';
import type { JobContext } from '../../src/core/jobs/define-job.js';
import { createLogger } from '../../src/core/logger.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const SHOWDOWN = new URL('../fixtures/optimizer/dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv', import.meta.url);

describe('optimizer.build-lineups', () => {
  let t: TestDb;
  let slateId: number;
  const ctx = (): JobContext => ({ db: t.db, logger: createLogger('silent'), jobId: 'test', retryCount: 0 } as unknown as JobContext);

  beforeAll(async () => {
    t = await createTestDb();
    const imported = await importSalaryFile(t.db, readFileSync(SHOWDOWN), { site: 'draftkings', fileName: 'DKSalaries.csv' });
    slateId = imported.slateId;
  });
  afterAll(async () => {
    await closeOptimizerBackend();
    await t.drop();
  });

  it('when a queued set is built twice, then it holds one copy of the lineups, each a valid showdown roster', async () => {
    const rules = { minUnique: 2, exposure: { maxPlayer: 0.8 } };
    const set = await t.db.lineupSet.create({ data: { slateId, requested: 5, rules } });

    const first = await buildLineups.handler({ lineupSetId: set.id }, ctx());
    await t.db.lineupSet.update({ where: { id: set.id }, data: { status: 'running' } });
    const second = await buildLineups.handler({ lineupSetId: set.id }, ctx());

    expect(first).toMatchObject({ status: 'done', lineups: 5 });
    expect(second).toMatchObject({ status: 'done', lineups: 5 });
    const stored = await t.db.lineupSet.findUniqueOrThrow({ where: { id: set.id }, include: { lineups: { include: { players: { include: { slatePlayer: true } } } } } });
    expect(stored.status).toBe('done');
    expect(stored.progress).toBe(1);
    expect(stored.lineups).toHaveLength(5);
    for (const l of stored.lineups) {
      expect(l.players.map((p) => p.slotName).sort()).toEqual(['CPT', 'UTIL', 'UTIL', 'UTIL', 'UTIL', 'UTIL']);
      expect(l.players.reduce((s, p) => s + p.slatePlayer.salary, 0)).toBeLessThanOrEqual(50_000);
      expect(new Set(l.players.map((p) => p.slatePlayer.playerId)).size).toBe(6);
      const cpt = l.players.find((p) => p.slotName === 'CPT');
      expect(cpt?.slatePlayer.rosterPositions).toContain('CPT');
    }
    expect(stored.report).toMatchObject({ exposure: { lineups: 5 } });
  });

  it('when a projection set is chosen, then its means drive the lineups', async () => {
    const rows = await t.db.slatePlayer.findMany({ where: { slateId } });
    const cheap = rows.filter((r) => !r.rosterPositions.includes('CPT')).sort((a, b) => a.salary - b.salary)[0];
    if (!cheap) throw new Error('fixture has no FLEX rows');
    const projectionSet = await t.db.projectionSet.create({
      data: { slateId, name: 'test', source: 'upload', projections: { create: rows.map((r) => ({ slatePlayerId: r.id, mean: r.playerId === cheap.playerId ? 500 : 1 })) } },
    });
    const set = await t.db.lineupSet.create({ data: { slateId, requested: 1, rules: {}, projectionSetId: projectionSet.id } });

    await buildLineups.handler({ lineupSetId: set.id }, ctx());

    const lineup = await t.db.lineup.findFirstOrThrow({ where: { lineupSetId: set.id }, include: { players: { include: { slatePlayer: true } } } });
    const captain = lineup.players.find((p) => p.slotName === 'CPT');
    expect(captain?.slatePlayer.playerId).toBe(cheap.playerId);
    expect(lineup.projection).toBeCloseTo(750 + 5, 6);
  });

  it('when the rules cannot be met, then the set is failed with a diagnosis naming the rules', async () => {
    const rows = await t.db.slatePlayer.findMany({ where: { slateId, rosterPositions: { has: 'CPT' } }, orderBy: { salary: 'desc' }, take: 2 });
    const rules = { locks: rows.map((r) => ({ player: r.sitePlayerId })) };
    const set = await t.db.lineupSet.create({ data: { slateId, requested: 3, rules } });

    const result = await buildLineups.handler({ lineupSetId: set.id }, ctx());

    expect(result).toMatchObject({ status: 'failed' });
    const stored = await t.db.lineupSet.findUniqueOrThrow({ where: { id: set.id } });
    expect(stored.status).toBe('failed');
    expect(stored.error).toMatch(/lock/);
    expect(stored.report).toMatchObject({ code: 'infeasible_rules' });
    expect(await t.db.lineup.count({ where: { lineupSetId: set.id } })).toBe(0);
  });
});
