/**
 * Every recorded DraftKings / FanDuel file parses with exact counts (players, games, roster slots), or is
 * refused with the message a user needs. Counts were checked by hand against the files (`wc -l`, distinct
 * Game Info values, distinct Roster Position values).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DK_DEFAULT_SLOT_NAMES, parseDkAvailablePlayers, parseDkContestDetail, parseDkDraftables, parseDkDraftGroup,
  parseDkDraftGroupsV3, parseDkLobby, parseDkRules, parseSalaryFile, SalaryFileError, type GameType, type ParsedSlate, type Sport,
} from '../../src/ingest/dfs/index.js';
import { csvCases } from './csv-cases.js';

const dir = join(import.meta.dirname, '../fixtures/dfs');
const bytes = (f: string): Buffer => readFileSync(join(dir, f));
const json = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const slots = (s: ParsedSlate): string[] => [...new Set(s.players.flatMap((p) => p.rosterPositions))].sort();

describe('salary CSV fixtures', () => {
  it('covers every CSV fixture', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect(csvCases.map((c) => c.file).sort()).toEqual(files);
  });

  it.each(csvCases)('$file → $players players, $games games', (c) => {
    const slate = parseSalaryFile(bytes(c.file), { site: c.site, fileName: c.file });
    expect(slate).toMatchObject({ site: c.site, sport: c.sport, gameType: c.gameType, siteSlateId: c.siteSlateId ?? null });
    expect(slate.players).toHaveLength(c.players);
    expect(slate.games).toHaveLength(c.games);
    expect(slots(slate)).toEqual(c.slots);
    for (const p of slate.players) {
      expect(p.gameKey === null || slate.games.some((g) => g.gameKey === p.gameKey)).toBe(true);
      expect(p.salary).toBeGreaterThan(0);
    }
  });

  it('when the same file is sent to the other site, then it is refused naming the right site', () => {
    expect(() => parseSalaryFile(bytes('dk_nfl_classic_2025-11-16_DKSalaries.csv'), { site: 'fanduel' })).toThrow(/DraftKings salary file.*site draftkings/);
    expect(() => parseSalaryFile(bytes('fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv'), { site: 'draftkings' })).toThrow(/FanDuel.*site fanduel/);
  });

  it('when an upload template has no salary block, then it is refused with NO_SALARIES', () => {
    // The real templates carry the salary table from row 8 on; cut it off to get the bare upload template.
    const dkBare = bytes('dk_nba_classic_2025-11-13_DKEntries_upload_template.csv').toString('utf8').split('\n').slice(0, 7)
      .map((l) => l.split(',').slice(0, 12).join(',')).join('\n');
    const err = catchError(() => parseSalaryFile(Buffer.from(dkBare), { site: 'draftkings' }));
    expect(err).toMatchObject({ code: 'NO_SALARIES' });
    expect(err.message).toMatch(/DKEntries\.csv\) without the salary table.*DKSalaries\.csv/);

    const fdBare = bytes('fd_nfl_2026-10-04_FanDuel-NFL-2026-10-04-134747-entries-upload-template_TRIMMED.csv').toString('utf8').split('\n').slice(0, 6).join('\n');
    const fdErr = catchError(() => parseSalaryFile(Buffer.from(fdBare), { site: 'fanduel' }));
    expect(fdErr).toMatchObject({ code: 'NO_SALARIES' });
    expect(fdErr.message).toMatch(/entries upload template without the player list/);
  });
});

describe('DraftKings CSV details', () => {
  it('converts Game Info from US Eastern to UTC across daylight saving', () => {
    const nfl = parseSalaryFile(bytes('dk_nfl_classic_2025-11-16_DKSalaries.csv'), { site: 'draftkings' });
    expect(nfl.games.find((g) => g.gameKey === 'CIN@PIT')?.startsAt?.toISOString()).toBe('2025-11-16T18:00:00.000Z'); // EST
    const mlb = parseSalaryFile(bytes('dk_mlb_classic_2026-06-26_DKSalaries.csv'), { site: 'draftkings' });
    expect(mlb.games.find((g) => g.gameKey === 'CHC@MIL')?.startsAt?.toISOString()).toBe('2026-06-26T23:45:00.000Z'); // EDT
  });

  it('keeps showdown CPT and UTIL rows apart with one playerKey and the CPT salary', () => {
    const sd = parseSalaryFile(bytes('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv'), { site: 'draftkings' });
    const tatum = sd.players.filter((p) => p.name === 'Jayson Tatum');
    expect(tatum.map((p) => [p.sitePlayerId, p.rosterPositions, p.salary])).toEqual([['21458175', ['CPT'], 15900], ['21458220', ['UTIL'], 10600]]);
    expect(new Set(tatum.map((p) => p.playerKey))).toEqual(new Set(['jayson tatum|BOS']));
    expect(new Set(sd.players.map((p) => p.playerKey)).size).toBe(45);
  });

  it('reads DST names with trailing spaces, multi-position players and Latin-1 names', () => {
    const nfl = parseSalaryFile(bytes('dk_nfl_classic_2022-11-20_DKSalaries.csv'), { site: 'draftkings' });
    expect(nfl.players.find((p) => p.sitePlayerId === '25324148')).toMatchObject({ name: 'Ravens', positions: ['DST'], team: 'BAL' });
    const legacy = parseSalaryFile(bytes('dk_mlb_classic_2016-04_LEGACY_new_lineup_upload_template.csv'), { site: 'draftkings' });
    expect(legacy.players.find((p) => p.sitePlayerId === '6482922')).toMatchObject({ name: 'César Puello', team: 'NYY', rosterPositions: ['OF'] });
    expect(legacy.warnings).toContain('file is not UTF-8: read as Windows-1252 (Latin-1)');
  });

  it('maps legacy mixed-case teams and postponed games', () => {
    const edit = parseSalaryFile(bytes('dk_mlb_classic_2016-04_LEGACY_EntryEditUpload.csv'), { site: 'draftkings' });
    expect(edit.games.map((g) => g.gameKey).sort()).toEqual(['BOS@CLE', 'MIN@BAL', 'PHI@CIN', 'SEA@TEX', 'SF@MIL', 'WSH@ATL']);
    expect(edit.players.filter((p) => p.gameKey === null)).toHaveLength(82);
    expect(edit.warnings).toContain('82 rows have no game (Game Info such as "Postponed")');
  });
});

describe('FanDuel CSV details', () => {
  it('maps FanDuel team codes, injuries and ids', () => {
    const mlb = parseSalaryFile(bytes('fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv'), { site: 'fanduel' });
    expect(mlb.players.find((p) => p.sitePlayerId === '37139-5481')).toMatchObject({ name: 'Max Scherzer', team: 'WSH', opponent: 'COL', gameKey: 'COL@WSH', status: 'IL', injuryNote: 'Shoulder', isProbablePitcher: false, rosterPositions: ['P'] });
    expect(mlb.players.find((p) => p.sitePlayerId === '37139-79168')).toMatchObject({ team: 'LAD', gameKey: 'LAA@LAD' });
    expect(mlb.players.filter((p) => p.isProbablePitcher === true)).toHaveLength(16);
    const nfl = parseSalaryFile(bytes('fd_nfl_classic_2025-12-21_FanDuel-NFL-2025_EST-12_EST-21_EST-124417-players-list.csv'), { site: 'fanduel' });
    expect(nfl.games.map((g) => g.gameKey)).toContain('BUF@CLE');
    expect(nfl.players.filter((p) => p.team === 'JAX')).toHaveLength(25);
    expect(nfl.players.filter((p) => p.status !== null)).toHaveLength(89);
  });
});

describe('DraftKings API fixtures', () => {
  const draftables: [string, Sport, GameType, number, number, number, string[]][] = [
    ['dk_api_draftables_dg22927_nfl_showdown_KC-LAR_2018-11-19.json', 'NFL', 'showdown', 22927, 72, 1, ['CPT', 'FLEX']],
    ['dk_api_draftables_dg22953_nhl_classic_2018-11-19_TRIMMED80.json', 'NHL', 'classic', 22953, 63, 9, ['C', 'D', 'G', 'UTIL', 'W']],
    ['dk_api_draftables_dg74625_nfl_classic_2022-09-25_TRIMMED_2of13games.json', 'NFL', 'classic', 74625, 102, 13, ['DST', 'FLEX', 'QB', 'RB', 'TE', 'WR']],
    ['dk_api_draftables_dg75284_nfl_showdown_CIN-BAL_2022-10-09_minified.json', 'NFL', 'showdown', 75284, 106, 1, ['CPT', 'FLEX']],
    ['dk_api_draftables_dg94768_nba_classic_2023-10-27_TRIMMED_1of2games.json', 'NBA', 'classic', 94768, 33, 2, ['C', 'F', 'G', 'PF', 'PG', 'SF', 'SG', 'UTIL']],
  ];
  it.each(draftables)('%s parses', (file, sport, gameType, dg, players, games, expectedSlots) => {
    const slate = parseDkDraftables(json(file), { draftGroupId: dg, sport, gameType, slotNames: DK_DEFAULT_SLOT_NAMES[sport][gameType] ?? {} });
    expect(slate.siteSlateId).toBe(String(dg));
    expect(slate.players).toHaveLength(players);
    expect(slate.games).toHaveLength(games);
    expect(slots(slate)).toEqual(expectedSlots);
  });

  it('collapses classic slot rows into one player and keeps the showdown CPT salary', () => {
    const classic = parseDkDraftables(json(draftables[2]?.[0] ?? ''), { draftGroupId: 74625, sport: 'NFL', gameType: 'classic', slotNames: DK_DEFAULT_SLOT_NAMES.NFL.classic ?? {} });
    expect(classic.players.find((p) => p.name === 'Jonathan Taylor')).toMatchObject({ sitePlayerId: '24169346', rosterPositions: ['RB', 'FLEX'], salary: 9000, team: 'IND', opponent: 'KC', gameKey: 'KC@IND', avgPoints: 16.6 });
    expect(classic.games.find((g) => g.gameKey === 'BAL@NE')).toMatchObject({ siteGameId: '5818004', startsAt: new Date('2022-09-25T17:00:00Z') });
    const sd = parseDkDraftables(json(draftables[3]?.[0] ?? ''), { draftGroupId: 75284, sport: 'NFL', gameType: 'showdown', slotNames: DK_DEFAULT_SLOT_NAMES.NFL.showdown ?? {} });
    expect(sd.players.filter((p) => p.name === 'Lamar Jackson').map((p) => [p.rosterPositions[0], p.salary])).toEqual([['CPT', 18300], ['FLEX', 12200]]);
  });

  it('uses the rules API slot names and classifies game types', () => {
    const expected: Record<number, [string | null, string]> = {
      1: ['classic', 'QB,RB,RB,WR,WR,WR,TE,FLEX,DST'], 70: ['classic', 'PG,SG,SF,PF,C,G,F,UTIL'],
      81: ['showdown', 'CPT,UTIL,UTIL,UTIL,UTIL,UTIL'], 96: ['showdown', 'CPT,FLEX,FLEX,FLEX,FLEX,FLEX'],
    };
    for (const [id, [gameType, lineup]] of Object.entries(expected)) {
      const rules = parseDkRules(json(`dk_api_rules_gametype${id}.json`));
      expect([rules.gameType, rules.slots.join(','), rules.salaryCap]).toEqual([gameType, lineup, 50000]);
    }
    const nbaRules = parseDkRules(json('dk_api_rules_gametype70.json'));
    expect(nbaRules.slotNames).toEqual(DK_DEFAULT_SLOT_NAMES.NBA.classic);
  });

  it('parses draft groups, lobbies and the other endpoints', () => {
    const groups: [string, number, number][] = [
      ['dk_api_draftgroup_dg22927_nfl_showdown.json', 96, 1], ['dk_api_draftgroup_dg41409_nfl_showdown_upcoming_2020-11-16.json', 96, 1],
      ['dk_api_draftgroup_dg74625_nfl_classic_2022-09-25.json', 1, 13], ['dk_api_draftgroup_dg75284_nfl_showdown_2022-10-10.json', 96, 1],
      ['dk_api_draftgroup_dg94768_nba_classic_2023-10-27.json', 70, 2],
    ];
    for (const [file, gameTypeId, games] of groups) {
      const g = parseDkDraftGroup(json(file));
      expect([g.gameTypeId, g.games.length, g.leagues]).toEqual([gameTypeId, games, [g.dkSport]]);
    }
    const nfl = parseDkLobby(json('dk_lobby_getcontests_nfl_2023-12-03_TRIMMED.json'));
    expect(nfl.map((d) => [d.draftGroupId, d.gameType, d.contestCount])).toEqual([
      [96481, 'classic', 51], [96484, 'classic', 4], [96506, null, 0], [96482, 'classic', 0], [96488, null, 0], [96499, 'showdown', 5]]);
    const mlb = parseDkLobby(json('dk_lobby_getcontests_mlb_2020-11.json'));
    expect(mlb).toEqual([expect.objectContaining({ draftGroupId: 41854, sport: 'MLB', gameType: 'showdown', contestCount: 131, suffix: ' (Korean Baseball: DOO vs NCD)' })]);
    const available = parseDkAvailablePlayers(json('dk_lobby_getavailableplayers_dg41409_nfl_showdown_2020-11-16.json'), 'NFL');
    expect(available).toHaveLength(44);
    expect(available.find((p) => p.name === 'Nick Foles')).toMatchObject({ team: 'CHI', opponent: 'MIN', status: 'Q', salary: 9800 });
    expect(parseDkDraftGroupsV3(json('dk_api_draftgroups_v3_dg75367.json'))).toEqual([{ draftGroupId: 75367, gameTypeId: 159, competitionIds: [5915939], startsAt: new Date('2022-10-08T18:00:00Z') }]);
    expect(parseDkContestDetail(json('dk_api_contest_detail_9000.json'))).toMatchObject({ contestId: '9000', draftGroupId: 31, dkSport: 'MLB' });
  });

  it('covers every API fixture', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(19);
  });

  it('when a payload has another shape, then BAD_PAYLOAD names the path', () => {
    expect(() => parseDkDraftables({ draftables: [{}], competitions: [] }, { draftGroupId: 1, sport: 'NFL', gameType: 'classic', slotNames: {} }))
      .toThrow(/DraftKings draftables response has an unexpected shape \(draftables\.0\.draftableId/);
    expect(() => parseDkLobby('<html>')).toThrow(SalaryFileError);
  });
});

function catchError(fn: () => unknown): SalaryFileError {
  try { fn(); } catch (e) { if (e instanceof SalaryFileError) return e; throw e; }
  throw new Error('expected a SalaryFileError');
}
