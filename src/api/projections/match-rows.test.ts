import { describe, expect, it } from 'vitest';
import { createRowMatcher, type MatchableRow } from './match-rows.js';
import type { ProjectionRow } from './read-projection-csv.js';

const slate: MatchableRow[] = [
  { id: 1, playerId: 10, sitePlayerId: '100', name: 'Max Muncy', team: 'LAD', positions: ['3B'], rosterPositions: ['3B', 'UTIL'] },
  // The importer may have linked the other Max Muncy to the same canonical player (as a trade): still two people.
  { id: 2, playerId: 10, sitePlayerId: '200', name: 'Max Muncy', team: 'ATH', positions: ['3B'], rosterPositions: ['3B', 'UTIL'] },
  { id: 3, playerId: 30, sitePlayerId: '300', name: 'Ravens ', team: 'BAL', positions: ['DST'], rosterPositions: ['DST'] },
  { id: 4, playerId: 40, sitePlayerId: '401', name: 'Jayson Tatum', team: 'BOS', positions: ['SF', 'PF'], rosterPositions: ['CPT'] },
  { id: 5, playerId: 40, sitePlayerId: '402', name: 'Jayson Tatum', team: 'BOS', positions: ['SF', 'PF'], rosterPositions: ['UTIL'] },
  { id: 6, playerId: 60, sitePlayerId: '600', name: 'Jose Fermin', team: 'LAA', positions: ['RP'], rosterPositions: ['P'] },
  { id: 7, playerId: 70, sitePlayerId: '700', name: 'Jose Fermin', team: 'STL', positions: ['3B', 'OF'], rosterPositions: ['3B', 'OF'] },
];
const row = (over: Partial<ProjectionRow>): ProjectionRow => ({ line: 2, id: null, name: null, team: null, positions: [], cells: {}, ...over });

describe('createRowMatcher', () => {
  const mlb = createRowMatcher('MLB', slate);
  const nfl = createRowMatcher('NFL', slate);
  const nba = createRowMatcher('NBA', slate);

  it('when a site id is on the slate, then it wins', () => {
    expect(mlb.match(row({ id: '200', name: 'whoever' }))).toEqual({ slateRowIds: [2], note: null });
  });

  it('when a name is shared by two people, then it is ambiguous without a team and matched with one', () => {
    expect(mlb.match(row({ name: 'Max Muncy' }))).toMatchObject({ kind: 'ambiguous' });
    expect(mlb.match(row({ name: 'max muncy', team: 'lad' }))).toEqual({ slateRowIds: [1], note: null });
  });

  it('when two same-named people differ by position, then the position tells them apart', () => {
    expect(mlb.match(row({ name: 'Jose Fermin', positions: ['OF'] }))).toEqual({ slateRowIds: [7], note: null });
  });

  it('when a defense is named by city and nickname, then it matches by team', () => {
    expect(nfl.match(row({ name: 'Baltimore Ravens', positions: ['DST'] }))).toEqual({ slateRowIds: [3], note: null });
  });

  it('when a showdown person is named, then both CPT and UTIL rows match unless the row asks for CPT', () => {
    expect(nba.match(row({ name: 'Jayson Tatum', team: 'BOS' }))).toEqual({ slateRowIds: [4, 5], note: null });
    expect(nba.match(row({ name: 'Jayson Tatum', positions: ['CPT'] }))).toEqual({ slateRowIds: [4], note: null });
  });

  it('when nobody fits, then the reason names what was looked for and what the slate has', () => {
    expect(mlb.match(row({ name: 'Max Muncy', team: 'NYY' }))).toMatchObject({ kind: 'unmatched', reason: expect.stringContaining('LAD 3B, ATH 3B') });
    expect(mlb.match(row({ id: '999' }))).toMatchObject({ kind: 'unmatched', reason: 'id 999 is not on this slate' });
  });
});
