import { describe, expect, it } from 'vitest';
import { parseSalaryFile } from './parse-salary-file.js';
import { SalaryFileError } from './salary-file-error.js';

const DK_HEADER = 'Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame';
const dk = (...lines: string[]): Buffer => Buffer.from([DK_HEADER, ...lines].join('\n'));
const FD_HEADER = 'Id,Position,First Name,Nickname,Last Name,FPPG,Played,Salary,Game,Team,Opponent,Injury Indicator,Injury Details,Tier,,,Roster Position';

function errorOf(fn: () => unknown): SalaryFileError {
  try { fn(); } catch (e) { if (e instanceof SalaryFileError) return e; throw e; }
  throw new Error('expected SalaryFileError');
}

describe('parseSalaryFile (DraftKings)', () => {
  it('reads the optional trailing Status column', () => {
    const file = Buffer.from([`${DK_HEADER},Status`,
      'QB,Josh Allen (44312197),Josh Allen,44312197,QB,7700,NE@BUF 10/04/2026 01:00PM ET,BUF,33.3,Q',
      'WR,Stefon Diggs (44312198),Stefon Diggs,44312198,WR/FLEX,6100,NE@BUF 10/04/2026 01:00PM ET,NE,-4.55,'].join('\r\n'));
    const slate = parseSalaryFile(file, { site: 'draftkings' });
    expect(slate.players.map((p) => [p.status, p.avgPoints, p.opponent])).toEqual([['Q', 33.3, 'NE'], [null, -4.55, 'BUF']]);
    expect(slate.games).toEqual([{ gameKey: 'NE@BUF', awayTeam: 'NE', homeTeam: 'BUF', startsAt: new Date('2026-10-04T17:00:00Z'), siteGameId: null }]);
  });

  it('fails a bad row with its line number', () => {
    const bad = dk('QB,A B (1),A B,1,QB,7700,NE@BUF 10/04/2026 01:00PM ET,BUF,1', 'QB,C D (2),C D,2,QB,lots,NE@BUF 10/04/2026 01:00PM ET,BUF,1');
    expect(errorOf(() => parseSalaryFile(bad, { site: 'draftkings' }))).toMatchObject({ code: 'BAD_ROW', line: 3, message: 'line 3: Salary "lots" is not a whole number' });
    const wrongTeam = dk('QB,A B (1),A B,1,QB,7700,NE@BUF 10/04/2026 01:00PM ET,MIA,1');
    expect(() => parseSalaryFile(wrongTeam, { site: 'draftkings' })).toThrow('line 2: team MIA is not in game NE@BUF');
    const unknownTeam = dk('QB,A B (1),A B,1,QB,7700,NE@BUF 10/04/2026 01:00PM ET,ZZZ,1');
    expect(() => parseSalaryFile(unknownTeam, { site: 'draftkings' })).toThrow('line 2: TeamAbbrev "ZZZ" is not a known NFL team');
    const dup = dk('QB,A B (1),A B,1,QB,7700,NE@BUF 10/04/2026 01:00PM ET,BUF,1', 'QB,C D (1),C D,1,QB,7700,NE@BUF 10/04/2026 01:00PM ET,BUF,1');
    expect(() => parseSalaryFile(dup, { site: 'draftkings' })).toThrow('line 3: player id 1 appears twice (first on line 2)');
    const badGame = dk('QB,A B (1),A B,1,QB,7700,sometime,BUF,1');
    expect(() => parseSalaryFile(badGame, { site: 'draftkings' })).toThrow(/line 2: Game Info "sometime"/);
  });

  it('names the missing columns of a wrong file', () => {
    const file = Buffer.from('Position,Name,ID,Game Info\nQB,A,1,NE@BUF 10/04/2026 01:00PM ET\n');
    expect(errorOf(() => parseSalaryFile(file, { site: 'draftkings' }))).toMatchObject({ code: 'MISSING_COLUMNS', message: 'line 1: DraftKings salary file is missing column(s): Salary, TeamAbbrev' });
    expect(errorOf(() => parseSalaryFile(Buffer.from('hello,world\n1,2\n'), { site: 'draftkings' }))).toMatchObject({ code: 'WRONG_FILE' });
  });

  it('asks for the sport when positions cannot tell, and accepts it when given', () => {
    const centers = dk('C,A B (1),A B,1,C/UTIL,7700,BOS@NYR 10/04/2026 07:00PM ET,BOS,1');
    expect(errorOf(() => parseSalaryFile(centers, { site: 'draftkings' }))).toMatchObject({ code: 'UNKNOWN_SPORT' });
    expect(parseSalaryFile(centers, { site: 'draftkings', sport: 'NHL' }).players[0]?.team).toBe('BOS');
  });
});

describe('parseSalaryFile (FanDuel)', () => {
  it('reads injuries and FanDuel codes, and checks Opponent against Game', () => {
    const file = Buffer.from([FD_HEADER,
      '124417-1,QB,Trevor,Trevor Lawrence,Lawrence,18.5,14,8000,JAC@IND,JAC,IND,Q,Knee - pcl,,,,QB',
      '124417-2,D,Houston,Houston Texans,Texans,8.1,14,4000,HOU@KC,HOU,KC,,,,,,DEF'].join('\n'));
    const slate = parseSalaryFile(file, { site: 'fanduel', fileName: 'FanDuel-NFL-2025 EST-12 EST-21 EST-124417-players-list.csv' });
    expect(slate.players[0]).toMatchObject({ team: 'JAX', opponent: 'IND', gameKey: 'JAX@IND', status: 'Q', injuryNote: 'Knee - pcl' });
    expect(slate.players[1]).toMatchObject({ name: 'Houston Texans', positions: ['D'], rosterPositions: ['DEF'], playerKey: 'houston texans|HOU' });
    const mismatch = Buffer.from([FD_HEADER, '124417-1,QB,T,Trevor Lawrence,L,1,1,8000,JAC@IND,JAC,KC,,,,,,QB'].join('\n'));
    expect(() => parseSalaryFile(mismatch, { site: 'fanduel' })).toThrow('line 2: Opponent "KC" does not match Game "JAC@IND"');
    const badId = Buffer.from([FD_HEADER, '1-x,QB,T,Trevor Lawrence,L,1,1,8000,JAC@IND,JAC,IND,,,,,,QB'].join('\n'));
    expect(() => parseSalaryFile(badId, { site: 'fanduel' })).toThrow('line 2: Id "1-x" is not a FanDuel player id like 124417-138820');
  });
});
