/**
 * Issue 18 item 19: a DraftKings salary file of a sport the platform does not model is refused saying which sport
 * it is, instead of being read as the sport its positions happen to resemble ("Golf" is not a known NHL team).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSalaryFile } from './parse-salary-file.js';
import { SalaryFileError } from './salary-file-error.js';

const DK_HEADER = 'Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame';
const dk = (...lines: string[]): Buffer => Buffer.from([DK_HEADER, ...lines].join('\n'));

function errorOf(fn: () => unknown): SalaryFileError {
  try { fn(); } catch (e) { if (e instanceof SalaryFileError) return e; throw e; }
  throw new Error('expected SalaryFileError');
}

const files: [string, Buffer, RegExp][] = [
  // The row is a real DK PGA export (longenbach/Fantasy-Golf-DraftKings, DKSalaries_PGA.csv).
  ['golf', dk('G,Rory McIlroy (17527360),Rory McIlroy,17527360,G,11500,PGA Championship,Golf,73.35',
    'G,Jon Rahm (17527361),Jon Rahm,17527361,G,11000,PGA Championship,Golf,70.1'), /DraftKings golf \(PGA\) file: golf \(PGA\) is not supported yet/],
  ['MMA', dk('F,Israel Adesanya (25000001),Israel Adesanya,25000001,F,9200,Adesanya@Pereira 11/12/2022 10:00PM ET,Adesanya,98.2',
    'F,Alex Pereira (25000002),Alex Pereira,25000002,F,7000,Adesanya@Pereira 11/12/2022 10:00PM ET,Pereira,80.1'), /DraftKings MMA file/],
  ['tennis', dk('P,Novak Djokovic (26000001),Novak Djokovic,26000001,P,10900,Djokovic@Alcaraz 07/16/2023 09:00AM ET,Djokovic,60.2',
    'P,Carlos Alcaraz (26000002),Carlos Alcaraz,26000002,P,10100,Djokovic@Alcaraz 07/16/2023 09:00AM ET,Alcaraz,58.8'), /DraftKings tennis file/],
  ['soccer', dk('F,Erling Haaland (27000001),Erling Haaland,27000001,F/UTIL,11000,MCI@ARS 03/31/2024 11:30AM ET,MCI,20.1',
    'GK,David Raya (27000002),David Raya,27000002,GK,5000,MCI@ARS 03/31/2024 11:30AM ET,ARS,8.1',
    'M,Bukayo Saka (27000003),Bukayo Saka,27000003,M/UTIL,9500,MCI@ARS 03/31/2024 11:30AM ET,ARS,15.2'), /DraftKings soccer file/],
  ['esports', dk('MID,Faker (28000001),Faker,28000001,MID/UTIL,9000,T1@GEN 11/02/2024 04:00AM ET,T1,30.1',
    'TEAM,T1 (28000002),T1,28000002,TEAM,5000,T1@GEN 11/02/2024 04:00AM ET,T1,10.0'), /DraftKings esports \(League of Legends\) file/],
  ['WNBA', dk("G,Caitlin Clark (29000001),Caitlin Clark,29000001,G/UTIL,9000,IND@NY 06/02/2024 03:00PM ET,IND,40.1",
    "F,Breanna Stewart (29000002),Breanna Stewart,29000002,F/UTIL,9800,IND@NY 06/02/2024 03:00PM ET,NY,45.3",
    "C,Aliyah Boston (29000003),Aliyah Boston,29000003,F/UTIL,7000,IND@NY 06/02/2024 03:00PM ET,IND,32.0"), /DraftKings WNBA file: WNBA is not supported yet/],
  ['college basketball', dk('G,Caleb Foster (30000001),Caleb Foster,30000001,G/UTIL,6000,DUKE@UNC 03/09/2024 06:30PM ET,DUKE,25.1',
    'F,Armando Bacot (30000002),Armando Bacot,30000002,F/UTIL,8000,DUKE@UNC 03/09/2024 06:30PM ET,UNC,38.0'), /DraftKings college basketball \(CBB\) file/],
  ['college football', dk('QB,Quinn Ewers (31000001),Quinn Ewers,31000001,QB/SUPER FLEX,8000,TEX@MICH 09/07/2024 12:00PM ET,TEX,22.1',
    'WR,Colston Loveland (31000002),Colston Loveland,31000002,WR/FLEX/SUPER FLEX,6000,TEX@MICH 09/07/2024 12:00PM ET,MICH,12.0'), /DraftKings college football \(CFB\) file/],
];

describe('unsupported DraftKings sports', () => {
  it.each(files)('refuses a %s file naming its sport', (_sport, bytes, message) => {
    const error = errorOf(() => parseSalaryFile(bytes, { site: 'draftkings' }));
    expect(error.code).toBe('UNSUPPORTED_SPORT');
    expect(error.message).toMatch(message);
    expect(error.message).toContain('supported sports: NFL, NBA, MLB, NHL');
    // Even when the caller names one of our sports, a golf file is not read as NHL.
    expect(errorOf(() => parseSalaryFile(bytes, { site: 'draftkings', sport: 'NHL' })).code).toBe('UNSUPPORTED_SPORT');
  });

  it('still reads every real NFL, NBA, MLB and NHL export', () => {
    const dir = join(import.meta.dirname, '../../../../test/fixtures/dfs');
    for (const file of ['dk_nhl_classic_2022-02-08_DKSalaries.csv', 'dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv',
      'dk_nba_classic_2025-11-13_DKSalaries_EXTRACTED_from_DKEntries.csv', 'dk_nfl_classic_2022-11-20_DKSalaries.csv',
      'dk_nfl_classic_2025-11-16_DKSalaries.csv', 'dk_mlb_classic_2026-06-26_DKSalaries.csv', 'dk_mlb_classic_2018_LEGACY_6col_DKSalaries.csv',
      'dk_mlb_classic_2016-04_LEGACY_EntryEditUpload.csv']) {
      expect(() => parseSalaryFile(readFileSync(join(dir, file)), { site: 'draftkings', fileName: file }), file).not.toThrow();
    }
  });
});
