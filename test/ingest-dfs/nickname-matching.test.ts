/**
 * Issue 18 item 20: the same player under a nickname on one site and his given name on the other ("Willy" /
 * "Guillermo" Hernangomez, "Moe" / "Maurice" Harkless) is one canonical player; a close name that is not a known
 * nickname ("KJ" / "Kenyon" Martin) makes a new player with a warning instead of silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile, matchPlayer, type MatchCandidate } from '../../src/ingest/dfs/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const DK_HEADER = 'Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame';
const dk = Buffer.from([DK_HEADER,
  'C,Guillermo Hernangomez (11000001),Guillermo Hernangomez,11000001,C/UTIL,3500,NYK@POR 01/15/2019 10:00PM ET,NYK,14.1',
  'SF/PF,Maurice Harkless (11000002),Maurice Harkless,11000002,SF/PF/F/UTIL,4200,NYK@POR 01/15/2019 10:00PM ET,POR,18.3',
  'SF,Kenyon Martin (11000003),Kenyon Martin,11000003,SF/F/UTIL,3000,HOU@LAL 01/15/2019 10:30PM ET,HOU,9.2',
  'PG,Damian Lillard (11000004),Damian Lillard,11000004,PG/G/UTIL,9800,NYK@POR 01/15/2019 10:00PM ET,POR,48.0',
].join('\n'));
const FD_HEADER = 'Id,Position,First Name,Nickname,Last Name,FPPG,Played,Salary,Game,Team,Opponent,Injury Indicator,Injury Details,Tier';
const FD_NAME = 'FanDuel-NBA-2019-01-15-30000-players-list.csv';
const fd = Buffer.from([FD_HEADER,
  '30000-1,C,Willy,Willy Hernangomez,Hernangomez,14.0,30,3600,NYK@POR,NYK,POR,,,',
  '30000-2,SF,Moe,Moe Harkless,Harkless,18.0,35,4300,NYK@POR,POR,NYK,,,',
  '30000-3,SF,KJ,KJ Martin,Martin,9.0,20,3100,HOU@LAL,HOU,LAL,,,',
  '30000-4,PG,Damian,Damian Lillard,Lillard,47.9,40,10000,NYK@POR,POR,NYK,,,',
].join('\n'));

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

describe('nicknames across sites', () => {
  it('matches a nickname to the given name on the same team, never across teams or positions', () => {
    const known = new Map<string, MatchCandidate[]>([
      ['guillermo hernangomez', [{ id: 1, normalizedName: 'guillermo hernangomez', team: 'NYK', positions: ['C'] }]],
      ['michael williams', [{ id: 2, normalizedName: 'michael williams', team: 'LAC', positions: ['WR'] }]],
    ]);
    expect(matchPlayer({ name: 'Willy Hernangomez', team: 'NYK', positions: ['C'] }, known)).toMatchObject({ kind: 'matched', id: 1, note: expect.stringMatching(/by nickname/) });
    expect(matchPlayer({ name: 'Mike Williams', team: 'LAC', positions: ['WR'] }, known)).toMatchObject({ kind: 'matched', id: 2 });
    // A nickname on another team is not a match, but it is a near miss worth a warning.
    const traded = matchPlayer({ name: 'Willy Hernangomez', team: 'CHA', positions: ['C'] }, known);
    expect(traded).toMatchObject({ kind: 'none', nearMiss: expect.stringMatching(/possible duplicate player "Willy Hernangomez" \(CHA\).*#1/) });
    expect(matchPlayer({ name: 'Zach Collins', team: 'POR', positions: ['C'] }, known)).toEqual({ kind: 'none', normalizedName: 'zach collins' });
  });

  it('imports DK then FanDuel with one canonical player per person and a warning for the near miss', async () => {
    const first = await importSalaryFile(t.db, dk, { site: 'draftkings', fileName: 'DKSalaries.csv' });
    expect(first.newCanonicalPlayers).toBe(4);
    const second = await importSalaryFile(t.db, fd, { site: 'fanduel', fileName: FD_NAME });
    // Willy, Moe and Damian match; KJ Martin is created, with a warning naming Kenyon Martin.
    expect(second.newCanonicalPlayers).toBe(1);
    const warnings = second.warnings.join('\n');
    expect(warnings).toMatch(/Willy Hernangomez \(NYK\) matched player #\d+ "guillermo hernangomez" by nickname/);
    expect(warnings).toMatch(/Moe Harkless \(POR\) matched player #\d+ "maurice harkless" by nickname/);
    expect(warnings).toMatch(/possible duplicate player "KJ Martin" \(HOU\): close to #\d+ "kenyon martin" \(HOU\).*players alias/);
    const willy = await t.db.slatePlayer.findMany({ where: { name: { in: ['Willy Hernangomez', 'Guillermo Hernangomez'] } }, select: { playerId: true } });
    expect(new Set(willy.map((r) => r.playerId)).size).toBe(1);
    expect(await t.db.player.count({ where: { normalizedName: { contains: 'harkless' } } })).toBe(1);
  });
});
