/**
 * When the real results files of the fixture NBA slates are imported, then every row matches a slate player, the
 * stored actual points equal the file's FPTS, Played counts are exact, and importing again changes nothing; the
 * real DraftKings standings export stores all 9,803 entries and its players' FPTS and %Drafted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { importResultsFile } from '../../src/results/index.js';
import { createSlate, createSlatePlayer, createTeam } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const dir = join(import.meta.dirname, '../fixtures/results');
const read = (file: string): Buffer => readFileSync(join(dir, file));
const csvLines = (file: string): string[][] => read(file).toString('utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1).map((l) => l.split(','));

/** Played=1 per date, from test/fixtures/results/SOURCES.md. */
const PLAYED: Record<string, number> = {
  '2025-10-21': 39, '2025-10-22': 267, '2025-10-23': 43, '2025-10-24': 149, '2025-10-25': 119, '2025-10-26': 154, '2025-10-27': 207,
  '2025-10-28': 68, '2025-10-29': 161, '2025-10-30': 90, '2025-10-31': 172, '2025-11-01': 100, '2025-11-02': 138, '2025-11-03': 159,
  '2025-11-04': 91, '2025-11-05': 183,
};

let t: TestDb;
const slates = new Map<string, number>();
beforeAll(async () => {
  t = await createTestDb();
  for (const date of Object.keys(PLAYED)) {
    const file = `nba_dk_${date}_salaries.csv`;
    slates.set(date, (await importSalaryFile(t.db, read(file), { site: 'draftkings', fileName: file })).slateId);
  }
}, 120_000);
afterAll(async () => { await t.drop(); });

async function resultsSnapshot(slateId: number) {
  return t.db.slatePlayerResult.findMany({ where: { slateId }, orderBy: { slatePlayerId: 'asc' } });
}

describe('plain results CSVs (nba_dk_*_results.csv)', () => {
  it.each(Object.entries(PLAYED))('%s: every row matched, FPTS stored exactly, %i played; a re-import changes nothing', async (date, played) => {
    const file = `nba_dk_${date}_results.csv`;
    const slateId = slates.get(date) as number;
    const rows = csvLines(file);
    const report = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId, fileName: file });
    expect(report).toMatchObject({ kind: 'results-csv', slateId, players: rows.length, matched: rows.length, unmatched: [], entries: 0 });

    const stored = await t.db.slatePlayerResult.findMany({ where: { slateId }, include: { slatePlayer: { select: { sitePlayerId: true } } } });
    expect(stored).toHaveLength(rows.length);
    const byId = new Map(stored.map((s) => [s.slatePlayer.sitePlayerId, s]));
    for (const [id, , , , , fpts, playedFlag, , projOwn] of rows) {
      expect(byId.get(id as string)).toMatchObject({ actualPoints: Number(fpts), played: playedFlag === '1', actualOwnership: Number(projOwn) });
    }
    expect(stored.filter((s) => s.played)).toHaveLength(played);

    const before = await resultsSnapshot(slateId);
    const again = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId, fileName: file });
    expect(again.matched).toBe(rows.length);
    expect(await resultsSnapshot(slateId)).toEqual(before);
  });

  it('a corrected FPTS updates that row only', async () => {
    const slateId = slates.get('2025-10-21') as number;
    const text = read('nba_dk_2025-10-21_results.csv').toString('utf8');
    const [header, first, ...rest] = text.split('\n');
    const cells = (first as string).split(',');
    const corrected = [...cells.slice(0, 5), String(Number(cells[5]) + 1.25), ...cells.slice(6)].join(',');
    const before = await resultsSnapshot(slateId);
    await importResultsFile(t.db, Buffer.from([header, corrected, ...rest].join('\n')), { site: 'draftkings', slateId });
    const after = await resultsSnapshot(slateId);
    const changed = after.filter((a, i) => a.actualPoints !== before[i]?.actualPoints);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.actualPoints).toBe(Number(cells[5]) + 1.25);
  });
});

describe('DraftKings contest standings export (NBA 2025-10-26)', () => {
  const file = 'dk_contest_standings_nba_2025-10-26.csv';

  it('stores 9,803 entries with rank, points and matched lineups, and the 155 drafted players\' FPTS and %Drafted', async () => {
    const slateId = slates.get('2025-10-26') as number;
    const report = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId, fileName: file });
    expect(report).toMatchObject({ kind: 'standings', slateId, players: 155, matched: 155, unmatched: [], entries: 9803 });

    const contest = await t.db.contestStanding.findFirstOrThrow({ where: { slateId } });
    expect(contest).toMatchObject({ entryCount: 9803, hasLineups: true });
    expect(await t.db.contestStandingEntry.count({ where: { contestStandingId: contest.id } })).toBe(9803);
    const top = await t.db.contestStandingEntry.findFirstOrThrow({ where: { contestStandingId: contest.id, entryKey: '4920834023' } });
    expect(top).toMatchObject({ rank: 1, points: 409.75, unmatchedNames: [] });
    expect(top.slatePlayerIds).toHaveLength(8);
    expect(await t.db.contestStandingEntry.count({ where: { contestStandingId: contest.id, lineup: null } })).toBe(3);
    const fullyMatched = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "ContestStandingEntry"
      WHERE "contestStandingId" = ${contest.id} AND cardinality("slatePlayerIds") = 8 AND cardinality("unmatchedNames") = 0`;
    expect(Number(fullyMatched[0]?.n)).toBe(9800);
    // The lineup's players' actual points add up to the entry's points (DK's own total).
    const sum = await t.db.slatePlayerResult.aggregate({ where: { slatePlayerId: { in: top.slatePlayerIds } }, _sum: { actualPoints: true } });
    expect(sum._sum.actualPoints).toBeCloseTo(409.75, 6);

    const reese = await t.db.slatePlayerResult.findFirstOrThrow({ where: { slateId, slatePlayer: { name: 'Austin Reaves' } } });
    expect(reese).toMatchObject({ actualPoints: 85.75, actualOwnership: 77.43, pointsSource: 'standings' });
    // The standings say nothing of who played: the results file's Played flags stay.
    expect(await t.db.slatePlayerResult.count({ where: { slateId, played: true } })).toBe(154);
  });

  it('a second import of the same export changes nothing', async () => {
    const slateId = slates.get('2025-10-26') as number;
    const entriesBefore = await t.db.contestStandingEntry.findMany({ orderBy: { id: 'asc' } });
    const resultsBefore = await resultsSnapshot(slateId);
    const report = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId, fileName: file });
    expect(report).toMatchObject({ players: 155, matched: 155, entries: 9803 });
    expect(await t.db.contestStandingEntry.findMany({ orderBy: { id: 'asc' } })).toEqual(entriesBefore);
    expect(await resultsSnapshot(slateId)).toEqual(resultsBefore);
    expect(await t.db.contestStanding.count({ where: { slateId } })).toBe(1);
  });
});

describe('MLB 2016-08-12 files', () => {
  it('the points-only standings store 52,941 entries ranked by points, ties sharing a rank', async () => {
    const slate = await createSlate(t.db, { sport: 'MLB' });
    const file = 'dk_contest_standings_mlb_2016-08-12_points_only.csv';
    const report = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId: slate.id, fileName: file });
    expect(report).toMatchObject({ kind: 'standings-points-only', players: 0, matched: 0, unmatched: [], entries: 52941 });
    const top = await t.db.contestStandingEntry.findMany({ where: { contestStanding: { slateId: slate.id } }, orderBy: { points: 'desc' }, take: 2 });
    expect(top.map((e) => [e.rank, e.points])).toEqual([[1, 271.5], [1, 271.5]]);
    const again = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId: slate.id, fileName: file });
    expect(again.entries).toBe(52941);
    expect(await t.db.contestStandingEntry.count({ where: { contestStanding: { slateId: slate.id } } })).toBe(52941);
  });

  it.each([['mlb_2016-08-12_hitters.csv', 587], ['mlb_2016-08-12_pitchers.csv', 29]])(
    '%s imports its Actual FP: the slate\'s players matched, the other %i-1 names listed as unmatched and kept', async (file, rows) => {
      const slate = await createSlate(t.db, { sport: 'MLB' });
      const team = await createTeam(t.db, { sport: 'MLB', code: file.includes('hitters') ? 'LAA' : 'WAS' });
      const name = file.includes('hitters') ? 'Mike Trout' : 'Stephen Strasburg';
      const position = file.includes('hitters') ? 'OF' : 'SP';
      const sp = await createSlatePlayer(t.db, slate, { name, teamId: team.id, positions: [position], rosterPositions: [position] });
      const report = await importResultsFile(t.db, read(file), { site: 'draftkings', slateId: slate.id, fileName: file });
      expect(report).toMatchObject({ kind: 'results-csv', players: rows, matched: 1, entries: 0 });
      expect(report.unmatched).toHaveLength(rows - 1);
      expect(await t.db.resultUnmatchedName.count({ where: { slateId: slate.id } })).toBe(rows - 1);
      expect(await t.db.slatePlayerResult.findUniqueOrThrow({ where: { slatePlayerId: sp.id } }))
        .toMatchObject({ actualPoints: file.includes('hitters') ? 7 : 8.6 });
    });
});

describe('a file that holds no results', () => {
  it('nba_dk_contest_lines.csv is refused naming the missing FPTS column, and nothing is written', async () => {
    const slateId = slates.get('2025-10-22') as number;
    const before = await t.db.slatePlayerResult.count({ where: { slateId } });
    await expect(importResultsFile(t.db, read('nba_dk_contest_lines.csv'), { site: 'draftkings', slateId }))
      .rejects.toThrow(/line 1: no FPTS column/);
    expect(await t.db.slatePlayerResult.count({ where: { slateId } })).toBe(before);
  });
});
