/** Salary files into PostgreSQL: counts, idempotence, status history, canonical players across sites, rollback. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const dir = join(import.meta.dirname, '../fixtures/dfs');
const file = (f: string): Buffer => readFileSync(join(dir, f));
const DK_MLB = 'dk_mlb_classic_2026-06-26_DKSalaries.csv';
const DK_NFL = 'dk_nfl_classic_2025-11-16_DKSalaries.csv';
const FD_NFL = 'fd_nfl_classic_2025-12-21_FanDuel-NFL-2025_EST-12_EST-21_EST-124417-players-list.csv';
const FD_MLB = 'fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

const count = async (table: string): Promise<number> => {
  const [row] = await t.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
  return row?.n ?? -1;
};

describe('importSalaryFile', () => {
  it('when a DK MLB file is imported twice, then the second import changes nothing', async () => {
    const first = await importSalaryFile(t.db, file(DK_MLB), { site: 'draftkings', fileName: DK_MLB });
    expect(first).toMatchObject({ created: true, site: 'draftkings', sport: 'MLB', gameType: 'classic', siteSlateId: 'csv-43374239',
      players: 1197, games: 13, inserted: 1197, updated: 0, newCanonicalPlayers: 1197 });
    const slate = await t.db.slate.findUniqueOrThrow({ where: { id: first.slateId }, include: { games: true } });
    expect(slate.games).toHaveLength(13);
    expect(slate.firstStartsAt?.toISOString()).toBe('2026-06-26T23:05:00.000Z'); // 07:05PM EDT
    const before = await t.db.slatePlayer.findMany({ where: { slateId: first.slateId }, orderBy: { id: 'asc' } });

    const second = await importSalaryFile(t.db, file(DK_MLB), { site: 'draftkings', fileName: DK_MLB });
    expect(second).toMatchObject({ slateId: first.slateId, created: false, inserted: 0, updated: 0, unchanged: 1197, statusChanges: 0, newCanonicalPlayers: 0 });
    expect(await t.db.slatePlayer.findMany({ where: { slateId: first.slateId }, orderBy: { id: 'asc' } })).toEqual(before);
    expect(await count('Player')).toBe(1197);
    expect(await count('Game')).toBe(13);
  });

  it('when statuses change on re-import, then they are updated and each change is kept', async () => {
    const text = file(DK_NFL).toString('utf8').split('\n');
    const withStatus = (statuses: Record<number, string>): Buffer => Buffer.from(text.map((line, i) =>
      line === '' ? line : i === 0 ? `${line},Status` : `${line},${statuses[i] ?? ''}`).join('\n'));
    const first = await importSalaryFile(t.db, withStatus({}), { site: 'draftkings' });
    expect(first).toMatchObject({ players: 556, games: 11, inserted: 556 });
    const q = await importSalaryFile(t.db, withStatus({ 1: 'Q', 2: 'O' }), { site: 'draftkings' });
    expect(q).toMatchObject({ slateId: first.slateId, inserted: 0, updated: 2, statusChanges: 2 });
    const out = await importSalaryFile(t.db, withStatus({ 1: 'OUT', 2: 'O' }), { site: 'draftkings' });
    expect(out).toMatchObject({ updated: 1, statusChanges: 1 });
    expect(await importSalaryFile(t.db, withStatus({ 1: 'OUT', 2: 'O' }), { site: 'draftkings' })).toMatchObject({ updated: 0, statusChanges: 0 });

    const cmc = await t.db.slatePlayer.findUniqueOrThrow({ where: { slateId_sitePlayerId: { slateId: first.slateId, sitePlayerId: '40742354' } }, include: { statusChanges: { orderBy: { id: 'asc' } } } });
    expect(cmc.siteStatus).toBe('OUT');
    expect(cmc.statusChangedAt).not.toBeNull();
    expect(cmc.statusChanges.map((c) => [c.previousStatus, c.status])).toEqual([[null, 'Q'], ['Q', 'OUT']]);
  });

  it('when DK and FD list the same people, then they share canonical players', async () => {
    const fd = await importSalaryFile(t.db, file(FD_NFL), { site: 'fanduel', fileName: FD_NFL });
    expect(fd).toMatchObject({ site: 'fanduel', siteSlateId: '124417', players: 568, games: 11 });
    const chase = await t.db.player.findMany({ where: { normalizedName: 'jamarr chase' }, include: { externalIds: true, slatePlayers: { include: { slate: true } } } });
    expect(chase).toHaveLength(1);
    expect(chase[0]?.slatePlayers.map((sp) => sp.slate.site).sort()).toEqual(['draftkings', 'fanduel']);
    expect(chase[0]?.externalIds).toEqual([expect.objectContaining({ source: 'fanduel', externalId: '85701' })]);
    const jaguars = await t.db.player.findMany({ where: { normalizedName: 'jax defense' }, include: { slatePlayers: true } });
    expect(jaguars).toHaveLength(1);
    expect(jaguars[0]?.slatePlayers.map((sp) => sp.name).sort()).toEqual(['Jacksonville Jaguars', 'Jaguars']);
    // FanDuel lists have no kickoff times: its games are dated, flagged TBD, until DK brings the time.
    const fdGames = await t.db.game.findMany({ where: { slateGames: { some: { slateId: fd.slateId } } } });
    expect(fdGames.every((g) => g.startTimeTbd && g.startsAt.toISOString() === '2025-12-21T05:00:00.000Z')).toBe(true);
    expect(await importSalaryFile(t.db, file(FD_NFL), { site: 'fanduel', fileName: FD_NFL })).toMatchObject({ created: false, inserted: 0, updated: 0 });
  });

  it('when a DK file later gives the kickoff of a FanDuel game, then the same game gets the time', async () => {
    const fd = await importSalaryFile(t.db, file(FD_MLB), { site: 'fanduel', fileName: FD_MLB });
    const game = await t.db.game.findFirstOrThrow({ where: { homeTeam: { code: 'LAD' }, awayTeam: { code: 'LAA' }, slateGames: { some: { slateId: fd.slateId } } } });
    expect(game).toMatchObject({ startTimeTbd: true, startsAt: new Date('2019-07-24T04:00:00Z') });
    const dk = Buffer.from('Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\n' +
      'SP,Walker Buehler (9000001),Walker Buehler,9000001,P,11000,LAA@LAD 07/24/2019 10:10PM ET,LAD,30\n');
    const dkSlate = await importSalaryFile(t.db, dk, { site: 'draftkings' });
    expect(await t.db.game.findUniqueOrThrow({ where: { id: game.id } })).toMatchObject({ startTimeTbd: false, startsAt: new Date('2019-07-25T02:10:00Z') });
    const buehler = await t.db.player.findMany({ where: { normalizedName: 'walker buehler' }, include: { slatePlayers: true } });
    expect(buehler).toHaveLength(1);
    expect(buehler[0]?.slatePlayers.map((sp) => sp.slateId)).toEqual(expect.arrayContaining([fd.slateId, dkSlate.slateId]));
    expect(buehler[0]?.slatePlayers.find((sp) => sp.slateId === dkSlate.slateId)?.gameId).toBe(game.id);
  });

  it('when a showdown file is imported, then CPT and UTIL rows share one canonical player', async () => {
    const sd = await importSalaryFile(t.db, file('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv'), { site: 'draftkings' });
    expect(sd).toMatchObject({ gameType: 'showdown', players: 90, games: 1, newCanonicalPlayers: 45 });
    const slate = await t.db.slate.findUniqueOrThrow({ where: { id: sd.slateId }, include: { contestGameType: true } });
    expect(slate.contestGameType).toMatchObject({ site: 'draftkings', sportCode: 'NBA', gameType: 'showdown', salaryCap: 50000 });
  });

  it('when a row is bad, then the import fails naming the line and nothing is written', async () => {
    const slatesBefore = await count('Slate');
    const lines = file('dk_mlb_classic_2026-06-25_early_DKSalaries_small.csv').toString('utf8').split('\n');
    lines[150] = (lines[150] ?? '').replace(/,\d+,([A-Z]+@)/, ',12k,$1');
    const error = await importSalaryFile(t.db, Buffer.from(lines.join('\n')), { site: 'draftkings' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_salary_file', status: 422, message: 'line 151: Salary "12k" is not a whole number', details: { reason: 'BAD_ROW', line: 151 } });
    expect(await count('Slate')).toBe(slatesBefore);
  });
});
