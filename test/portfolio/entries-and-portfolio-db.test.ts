/** Entries stored per user on a slate, and the portfolio flow on a stored slate filling those entries. */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { createUser } from '../factories.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { runCliCaptured } from '../support/run-cli.js';

const fixture = (name: string): string => new URL(`../fixtures/optimizer/${name}`, import.meta.url).pathname;
const ENTRIES = fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv');

const detail = {
  contestDetail: {
    name: 'And-One', entryFee: 1, maximumEntries: 2378,
    payoutSummary: [
      { minPosition: 1, maxPosition: 1, tierPayoutDescriptions: { Cash: '$250.00' } },
      { minPosition: 2, maxPosition: 100, tierPayoutDescriptions: { Cash: '$5.00' } },
      { minPosition: 101, maxPosition: 500, tierPayoutDescriptions: { Cash: '$2.00' } },
    ],
  },
};

let t: TestDb;
let server: FixtureServer;
let slateId: number;

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer({ 'GET /contests/v1/contests/124224699': { body: detail } });
  process.env.DATABASE_URL = t.url;
  process.env.DRAFTKINGS_API_URL = server.url;
  process.env.LOG_LEVEL = 'silent';
  ({ slateId } = await importSalaryFile(t.db, readFileSync(fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv')), { site: 'draftkings', fileName: 'DKSalaries.csv' }));
  await createUser(t.db, { email: 'admin@example.com', role: 'admin' });
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const cli = runCliCaptured;

describe('sportsdata entries import', () => {
  it('when a DKEntries file is imported twice, then its contests and entries are stored once, with the fetched contest\'s size and prizes', async () => {
    const first = await cli(['entries', 'import', '--slate', String(slateId), ENTRIES, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout) as { entries: number; contests: { contestId: string; entries: number; fieldSize: number | null; payoutSource: string | null }[] };
    expect(json.entries).toBe(26);
    expect(json.contests).toEqual(expect.arrayContaining([
      expect.objectContaining({ contestId: '124224699', entries: 6, fieldSize: 2378, payoutSource: 'dk-contest-detail' }),
      expect.objectContaining({ contestId: '124199489', entries: 20, fieldSize: null, payoutSource: null }),
    ]));
    await cli(['entries', 'import', '--slate', String(slateId), ENTRIES, '--json']);
    expect(await t.db.contest.count()).toBe(2);
    expect(await t.db.contestEntry.count()).toBe(26);
  });

  it('when the portfolio runs on the stored slate, then the filled lineups are stored on the user\'s entries and the fetched payout kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portfolio-db-'));
    const payout = join(dir, 'payout.csv');
    writeFileSync(payout, 'place_from,place_to,prize\n1,1,30\n2,5,4\n6,60,0.5\n');
    const out = join(dir, 'filled.csv');
    const run = await cli(['portfolio', '--slate', String(slateId), '--entries', ENTRIES, '--out', out, '--pool', '80', '--sims', '500',
      '--seed', '5', '--field-size', '300', '--payout', payout, '--workers', '0', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { slateId: number; projectionSetId: number; contests: { contestId: string; portfolio: { roi: number }; byProjection: { roi: number } }[] };
    expect(json.slateId).toBe(slateId);
    expect(json.projectionSetId).toBeGreaterThan(0);
    const entries = await t.db.contestEntry.findMany({ include: { contest: true } });
    expect(entries).toHaveLength(26);
    for (const e of entries) {
      const slots = e.slots as { id: string | null }[];
      expect(slots.every((s) => s.id !== null)).toBe(true);
    }
    const typed = await t.db.contest.findFirstOrThrow({ where: { siteContestId: '124199489' } });
    expect(typed.fieldSize).toBe(300);
    expect((typed.payout as { source: string }).source).toBe('user');
  });
});
