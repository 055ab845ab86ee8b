import { describe, expect, it } from 'vitest';
import { mapColumns } from './projection-columns.js';
import { ProjectionFileError, readProjectionCsv } from './read-projection-csv.js';
import { detectPercentColumns, isProblem, validateRow } from './validate-rows.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('mapColumns', () => {
  it('when headers use common aliases, then each field takes its best-ranked header and the rest are listed as ignored', () => {
    const map = mapColumns(['Name + ID', 'Player', 'TeamAbbrev', 'Pos', 'Proj. Pts', 'FPPG', 'Std Dev', 'Own%', 'Max Exp', 'Notes']);
    expect(map.headers).toMatchObject({ nameId: 'Name + ID', name: 'Player', team: 'TeamAbbrev', position: 'Pos', projection: 'Proj. Pts', stdev: 'Std Dev', ownership: 'Own%', maxExposure: 'Max Exp' });
    expect(map.ignored).toEqual(['FPPG', 'Notes']);
  });
});

describe('projection column aliases (the one projection-CSV reader: web, API and CLI)', () => {
  it.each([
    'projection', 'proj', 'projected', 'Projected Points', 'Proj Pts', 'projpoints', 'FPTS', 'Proj FPTS', 'Fantasy Points',
    'Points', 'PTS', 'mean', 'median', 'DK Pts', 'FD Pts', 'DK Points', 'FD Points', 'FPPG', 'AvgPointsPerGame',
  ])('when the points column is headed %j, then it is read as the projection', (header) => {
    expect(mapColumns(['Name', header]).headers.projection).toBe(header);
  });

  it.each(['stdev', 'StdDev', 'sd', 'std', 'Standard Deviation', 'Proj StDev', 'Volatility'])(
    'when the spread column is headed %j, then it is read as the sd', (header) => {
      expect(mapColumns(['Name', 'Proj', header]).headers.stdev).toBe(header);
    });
});

describe('readProjectionCsv', () => {
  it('when a DK "Name + ID" column is the only player column, then id and name come from it', () => {
    const file = readProjectionCsv(bytes('Name + ID,Proj\nJosh Allen (40742281),24.1\n'));
    expect(file.rows[0]).toMatchObject({ line: 2, id: '40742281', name: 'Josh Allen' });
  });

  it('when the file has a BOM, semicolons and CRLF, then the delimiter is detected and lines are file lines', () => {
    const file = readProjectionCsv(bytes('\uFEFFName;Team;Proj\r\n\r\nA B;BUF;1,5\r\n'));
    expect(file.delimiter).toBe(';');
    expect(file.rows).toEqual([expect.objectContaining({ line: 3, name: 'A B', team: 'BUF', cells: { projection: '1,5' } })]);
  });

  it.each([
    ['', 'empty_file'],
    ['just one column\nvalue\n', 'not_csv'],
    ['Name,Team,Salary\nA,B,1\n', 'no_projection_column'],
    ['Team,Proj\nBUF,1\n', 'no_player_column'],
    ['Name,Proj\n"unterminated,1\n', 'not_csv'],
  ])('when the file is %j, then it is fatal: %s', (text, code) => {
    expect(() => readProjectionCsv(bytes(text))).toThrow(ProjectionFileError);
    try { readProjectionCsv(bytes(text)); } catch (e) { expect((e as ProjectionFileError).fatal).toBe(code); }
  });

  it('when the file is over the row limit, then it is fatal before any row is checked', () => {
    expect(() => readProjectionCsv(bytes('Name,Proj\nA,1\nB,2\nC,3\n'), { maxBytes: 1000, maxRows: 2 })).toThrow(/3 rows; the limit is 2/);
  });
});

describe('validateRow', () => {
  const file = readProjectionCsv(bytes('Name,Proj,Own,Min Exp,Max Exp,Floor,Ceiling\nA,10,12.5,,,,\nB,8,0.3,,,,\nC,abc,,,,,\nD,5,,60%,40%,,\nE,5,,,,9,4\n'));
  const percent = detectPercentColumns(file.rows, false);

  it('when any value of a share column is above 1 or has %, then the whole column is read as percent', () => {
    expect([...percent].sort()).toEqual(['maxExposure', 'minExposure', 'ownership']);
    const a = validateRow(file.rows[0]!, percent, false);
    const b = validateRow(file.rows[1]!, percent, false);
    expect(isProblem(a) ? null : a.ownership).toBe(0.125);
    expect(isProblem(b) ? null : b.ownership).toBeCloseTo(0.003);
  });

  it('when a value is not a number or bounds cross, then the row is a problem naming the field', () => {
    expect(validateRow(file.rows[2]!, percent, false)).toMatchObject({ line: 4, kind: 'invalid', reason: 'projection "abc" is not a number' });
    expect(validateRow(file.rows[3]!, percent, false)).toMatchObject({ reason: 'min exposure 60% is above max exposure 40%' });
    expect(validateRow(file.rows[4]!, percent, false)).toMatchObject({ reason: 'floor 9 is above ceiling 4' });
  });
});

describe('NHL line column', () => {
  it.each(['line', 'Line', 'EV Line', 'L'])('when the header is "%s", then it is read as the line', (header) => {
    expect(mapColumns(['Name', 'Proj', header]).headers).toMatchObject({ line: header });
  });

  it('when lines are written 2, L3 or empty, then they are stored as numbers or null; 5 and "G" are problems naming the row', () => {
    const file = readProjectionCsv(bytes('Name,Proj,Line\nA,1,2\nB,1,L3\nC,1,\nD,1,5\nE,1,G\n'));
    const values = file.rows.map((r) => validateRow(r, new Set(), false));
    expect(values.slice(0, 3).map((v) => (isProblem(v) ? v : v.line))).toEqual([2, 3, null]);
    expect(values[3]).toMatchObject({ line: 5, kind: 'invalid', reason: 'line "5" is not a line 1-4 (leave it empty for goalies)' });
    expect(values[4]).toMatchObject({ line: 6, kind: 'invalid' });
  });
});
