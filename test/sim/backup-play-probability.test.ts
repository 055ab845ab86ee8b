/**
 * Backups at single-starter positions on real slates imported through the real salary-file path: a season
 * average counts only games played, so without the depth chart a backup QB, goalie or non-probable pitcher is
 * simulated as a full-time starter at a backup's price.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSlate, parseSalaryFile, type Site } from '../../src/ingest/dfs/index.js';
import { loadSetDrawBytes, runProjectionsInline } from '../../src/sim/index.js';
import type { RowProjection } from '../../src/sim/projections/finish-projection-run.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

let t: TestDb;

async function importFixture(file: string, site: Site): Promise<number> {
  const bytes = readFileSync(join(import.meta.dirname, '../fixtures/dfs', file));
  return (await importSlate(t.db, parseSalaryFile(bytes, { site, fileName: file }), { source: 'csv', fileName: file })).slateId;
}

function byName(rows: readonly RowProjection[], name: string): RowProjection {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`${name} is not on the slate`);
  return row;
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.drop());

describe('backup quarterbacks (DK NFL 2022-11-20 main)', () => {
  let slateId: number;
  beforeAll(async () => {
    slateId = await importFixture('dk_nfl_classic_2022-11-20_DKSalaries.csv', 'draftkings');
  });

  it('when Zach Wilson is the priced starter, then Flacco\'s 18.9 average becomes a backup\'s few points and Wilson keeps his', async () => {
    const { rows } = await runProjectionsInline(t.db, { slateId, sims: 4_000, seed: 7 });
    const flacco = byName(rows, 'Joe Flacco');
    const wilson = byName(rows, 'Zach Wilson');
    expect(flacco.mean).toBeLessThan(3);
    expect(flacco.zero).toBeGreaterThan(0.9);
    expect(Math.abs(wilson.mean - 13.51) / 13.51).toBeLessThan(0.05);
    // NO prices Dalton and Winston alike: they share the job rather than one of them vanishing.
    expect(byName(rows, 'Andy Dalton').mean).toBeGreaterThan(5);
    expect(byName(rows, 'Jameis Winston').mean).toBeGreaterThan(5);
  });

  it('when the same seed runs in chunks, then the draws equal the whole run', async () => {
    const whole = await runProjectionsInline(t.db, { slateId, sims: 1_000, seed: 3, chunkSize: 1_000 });
    const chunked = await runProjectionsInline(t.db, { slateId, sims: 1_000, seed: 3, chunkSize: 300 });
    const draws = async (id: number): Promise<Buffer> => Buffer.from((await loadSetDrawBytes(t.db, id))!.bytes);
    expect((await draws(chunked.projectionSetId)).equals(await draws(whole.projectionSetId))).toBe(true);
  });

  it('when the user uploads a projection for the backup, then it is simulated as given', async () => {
    const slatePlayers = await t.db.slatePlayer.findMany({ where: { slateId } });
    const upload = await t.db.projectionSet.create({ data: { slateId, name: 'mine', source: 'upload' } });
    await t.db.projection.createMany({ data: slatePlayers.map((p) => ({ projectionSetId: upload.id, slatePlayerId: p.id, mean: p.avgPoints ?? 0 })) });
    const { rows } = await runProjectionsInline(t.db, { slateId, sims: 4_000, seed: 7, baselineSetId: upload.id });
    expect(Math.abs(byName(rows, 'Joe Flacco').mean - 18.88) / 18.88).toBeLessThan(0.05);
  });

  it('when Wilson is ruled out, then Flacco starts with his full average and Wilson scores 0', async () => {
    const wilson = await t.db.slatePlayer.findFirstOrThrow({ where: { slateId, name: 'Zach Wilson' } });
    const report = await t.db.injuryReport.create({
      data: { sportCode: 'NFL', source: 'test', sourceKey: 'wilson', playerId: wilson.playerId, playerName: 'Zach Wilson', status: 'out', reportedAt: new Date() },
    });
    try {
      const { rows } = await runProjectionsInline(t.db, { slateId, sims: 4_000, seed: 7 });
      expect(byName(rows, 'Zach Wilson').mean).toBe(0);
      expect(Math.abs(byName(rows, 'Joe Flacco').mean - 18.88) / 18.88).toBeLessThan(0.05);
    } finally {
      await t.db.injuryReport.delete({ where: { id: report.id } });
    }
  });
});

describe('goalies and pitchers', () => {
  it('when an NHL team lists several goalies (DK 2022-02-08), then only the priced starter plays at his average', async () => {
    const slateId = await importFixture('dk_nhl_classic_2022-02-08_DKSalaries.csv', 'draftkings');
    const { rows } = await runProjectionsInline(t.db, { slateId, sims: 2_000, seed: 5 });
    // BOS: Ullmark $7,900 (14.63) starts; Swayman $7,700 (12.78) and Rask $7,900 (4.05) are backups.
    expect(Math.abs(byName(rows, 'Linus Ullmark').mean - 14.63) / 14.63).toBeLessThan(0.08);
    expect(byName(rows, 'Jeremy Swayman').mean).toBeLessThan(2);
    expect(byName(rows, 'Tuukka Rask').mean).toBeLessThan(1);
  });

  it('when FanDuel flags probable pitchers (2019-07-24), then the rest of each staff rarely pitches', async () => {
    const slateId = await importFixture('fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv', 'fanduel');
    const { rows, warnings } = await runProjectionsInline(t.db, { slateId, sims: 2_000, seed: 5 });
    expect(warnings.filter((w) => w.includes('probable'))).toEqual([]);
    // NYY: Happ probable at $7,500 (22.9); German at $9,300 (34.6) is not. WAS: Corbin probable, Strasburg (38.4) not.
    expect(Math.abs(byName(rows, 'J.A. Happ').mean - 22.9) / 22.9).toBeLessThan(0.08);
    expect(Math.abs(byName(rows, 'Patrick Corbin').mean - 38.1) / 38.1).toBeLessThan(0.08);
    expect(byName(rows, 'Domingo German').mean).toBeLessThan(3);
    expect(byName(rows, 'Stephen Strasburg').mean).toBeLessThan(3);
  });

  it('when a DraftKings MLB file carries no probable flags, then no pitcher is demoted and the run says so', async () => {
    const slateId = await importFixture('dk_mlb_classic_2026-06-25_early_DKSalaries_small.csv', 'draftkings');
    const { rows, warnings } = await runProjectionsInline(t.db, { slateId, sims: 1_000, seed: 5 });
    expect(warnings.some((w) => w.startsWith('no probable-pitcher flags'))).toBe(true);
    // Salary would call Skenes ($10,000) PIT's starter and Gilbert ($9,500) SEA's; their cheaper teammates stay.
    expect(Math.abs(byName(rows, 'Braxton Ashcraft').mean - 20.43) / 20.43).toBeLessThan(0.1);
    expect(Math.abs(byName(rows, 'Bryce Miller').mean - 22.46) / 22.46).toBeLessThan(0.1);
  });
});
