import { describe, expect, it } from 'vitest';
import { normalizePlayerName as normalize, resolveTeamCode } from '../../dfs/index.js';
import { matchPlayers, type PlayerCandidate } from './match-players.js';

const resolveTeam = (name: string): string | null => resolveTeamCode('NFL', name);

const candidates: PlayerCandidate<string>[] = [
  { id: 'p1', name: 'Jonathan Taylor', team: 'IND', positions: ['RB'] },
  { id: 'p2', name: 'Michael Pittman Jr.', team: 'IND', positions: ['WR'] },
  { id: 'p3', name: 'Colts ', team: 'IND', positions: ['DST'] },
  { id: 'p4', name: 'Chris Smith', team: 'IND', positions: ['WR'] },
  { id: 'p5', name: 'Chris Smith', team: 'WAS', positions: ['TE'] },
];

describe('matchPlayers', () => {
  const result = matchPlayers({
    names: ['Jonathan Taylor', 'Michael Pittman', 'Indianapolis Colts D/ST', 'Indianapolis Colts Defense', 'Chris Smith', 'Nobody Here', 'Jonathan Taylor'],
    candidates, normalize, resolveTeam,
  });

  it('when a name normalizes to one candidate, then it is matched (suffixes ignored)', () => {
    expect(result.get('Jonathan Taylor')).toEqual({ status: 'matched', playerId: 'p1' });
    expect(result.get('Michael Pittman')).toEqual({ status: 'matched', playerId: 'p2' });
  });

  it('when a book names a defense either way, then the team DST is matched', () => {
    expect(result.get('Indianapolis Colts D/ST')).toEqual({ status: 'matched', playerId: 'p3' });
    expect(result.get('Indianapolis Colts Defense')).toEqual({ status: 'matched', playerId: 'p3' });
  });

  it('when two candidates share the name, then it is ambiguous and both are listed', () => {
    expect(result.get('Chris Smith')).toEqual({ status: 'unmatched', reason: 'ambiguous', candidates: ['p4', 'p5'] });
  });

  it('when nobody matches, then it is reported as not found', () => {
    expect(result.get('Nobody Here')).toEqual({ status: 'unmatched', reason: 'not_found', candidates: [] });
    expect(result.size).toBe(6);
  });
});
