import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { buildLineupSet, closeOptimizerBackend } from '../../src/optimizer/build-lineup-set.js';
import type { Db } from '../../src/core/db.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const NFL = new URL('../fixtures/optimizer/dk_nfl_classic_2022-11-20_DKSalaries.csv', import.meta.url);

/** The database, with every lineupSet.update/updateMany's progress recorded in the order the writes complete. */
function recordingDb(db: Db, landed: number[]): Db {
  const lineupSet = new Proxy(db.lineupSet, {
    get(target, prop, receiver) {
      if (prop !== 'update' && prop !== 'updateMany') return Reflect.get(target, prop, receiver) as unknown;
      return async (args: { data: { progress?: number } }) => {
        const out = prop === 'update'
          ? await target.update(args as Parameters<typeof target.update>[0])
          : await target.updateMany(args as Parameters<typeof target.updateMany>[0]);
        if (args.data.progress !== undefined) landed.push(args.data.progress);
        return out;
      };
    },
  });
  return new Proxy(db, { get: (target, prop, receiver) => (prop === 'lineupSet' ? lineupSet : Reflect.get(target, prop, receiver) as unknown) });
}

describe('lineup set progress', () => {
  let t: TestDb;
  let slateId: number;
  beforeAll(async () => {
    t = await createTestDb();
    slateId = (await importSalaryFile(t.db, readFileSync(NFL), { site: 'draftkings', fileName: 'DKSalaries.csv' })).slateId;
  });
  afterAll(async () => {
    await closeOptimizerBackend();
    await t.drop();
  });

  it('when 30 NFL lineups are built, then the stored progress only goes up, reaches 0.99 while building and ends at 1', async () => {
    const set = await t.db.lineupSet.create({ data: { slateId, requested: 30, rules: { stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE']] }] } } });
    const landed: number[] = [];
    const result = await buildLineupSet(recordingDb(t.db, landed), set.id);
    expect(result).toMatchObject({ status: 'done', lineups: 30 });
    expect(landed[0]).toBe(0);
    expect(landed).toContain(0.99);
    expect(landed).toEqual([...landed].sort((a, b) => a - b));
    const stored = await t.db.lineupSet.findUniqueOrThrow({ where: { id: set.id } });
    expect(stored.progress).toBe(1);
  }, 120_000);
});
