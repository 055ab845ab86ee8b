import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFieldToStandings, ownershipMae, realFieldMeasures } from './compare-field.js';
import { parseDkStandings } from './parse-dk-standings.js';

const realExport = (): string => readFileSync(new URL('../../../test/fixtures/results/dk_contest_standings_nba_2025-10-26.csv', import.meta.url), 'utf8');

describe('compareFieldToStandings', () => {
  it('when given the real 2025-10-26 DK NBA standings, then the real side reads 409.75 top, 314.5 median', () => {
    const standings = parseDkStandings(realExport());
    expect(standings.entries).toHaveLength(9803);
    expect(standings.players).toHaveLength(155);
    expect(standings.entries[0]!.lineup.map((p) => p.slot)).toEqual(['C', 'F', 'G', 'PF', 'PG', 'SF', 'SG', 'UTIL']);
    const real = realFieldMeasures(standings);
    expect(real.winningScore).toBe(409.75);
    expect(real.medianScore).toBe(314.5);
    // About a quarter of real entries share their lineup with another entry.
    expect(real.duplicateRate).toBeGreaterThan(0.2);
    expect(real.duplicateRate).toBeLessThan(0.3);
    expect(real.drafted.get('Austin Reaves')).toBeCloseTo(0.7743, 6);
  });

  it('when a simulated field is compared, then one row per measure with differences and ownership MAE', () => {
    const csv = [
      'Rank,EntryId,EntryName,TimeRemaining,Points,Lineup,,Player,Roster Position,%Drafted,FPTS',
      '1,1,a (1/3),0,300,PG A One SG B Two,,A One,PG,100.00%,50',
      '2,2,a (2/3),0,250,PG A One SG B Two,,B Two,SG,75.00%,40',
      '3,3,b,0,200,SG C Three PG A One,,C Three,SG,25.00%,10',
      '4,4,c,0,100,PG A One SG B Two,,,,,',
    ].join('\n');
    const standings = parseDkStandings(csv);
    expect(standings.entries[0]).toMatchObject({ entrant: 'a', maxEntries: 3 });
    const rows = compareFieldToStandings(
      { summary: { winningScore: { p10: 280, p50: 330, p90: 360 }, medianScore: 220, duplicateRate: 0.5 }, ownershipByName: new Map([['A One', 0.9], ['B Two', 0.75], ['D Four', 0.1]]) },
      standings,
    );
    expect(rows).toEqual([
      { measure: 'winningScore', simulated: 330, real: 300, difference: 30, relative: 0.1 },
      { measure: 'medianScore', simulated: 220, real: 225, difference: -5, relative: -0.0222 },
      // |0.9-1| + |0.75-0.75| + |0-0.25| + |0.1-0| over 4 players = 0.1125.
      { measure: 'ownershipMae', simulated: 11.25, real: 0, difference: 11.25, relative: null },
      { measure: 'duplicateRate', simulated: 0.5, real: 0.75, difference: -0.25, relative: -0.3333 },
    ]);
    expect(ownershipMae(new Map(), new Map())).toBe(0);
  });

  it('when a lineup cell is malformed, then the error names the row', () => {
    expect(() => parseDkStandings('Rank,EntryId,EntryName,TimeRemaining,Points,Lineup,,Player,Roster Position,%Drafted,FPTS\n1,1,a,0,abc,PG A,,,,,\n')).toThrow('standings row 2: Points "abc" is not a number');
  });
});
