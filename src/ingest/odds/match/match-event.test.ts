import { describe, expect, it } from 'vitest';
import type { OddsEvent } from '../api/parse-odds-events.js';
import { resolveTeamCode } from '../../dfs/index.js';
import { matchEvent, type GameCandidate } from './match-event.js';

// NFL and MLB names in one resolver: each sport's table from the DFS module.
const resolve = (name: string): string | null => resolveTeamCode('NFL', name) ?? resolveTeamCode('MLB', name);
const event = (home: string, away: string, at: string): OddsEvent => ({ id: 'e', sportKey: 'x', commenceTime: new Date(at), homeTeam: home, awayTeam: away });

describe('matchEvent', () => {
  const games: GameCandidate<number>[] = [
    { id: 1, homeTeam: 'LV', awayTeam: 'KC', startsAt: new Date('2026-10-04T20:25:00Z') },
    { id: 2, homeTeam: 'LV', awayTeam: 'KC', startsAt: new Date('2026-12-20T21:05:00Z') },
    { id: 3, homeTeam: 'NYY', awayTeam: 'BOS', startsAt: new Date('2026-07-04T17:05:00Z') },
    { id: 4, homeTeam: 'NYY', awayTeam: 'BOS', startsAt: new Date('2026-07-04T23:05:00Z') },
  ];

  it('when teams and kickoff agree (in-play seconds included), then the game is matched', () => {
    expect(matchEvent(event('Las Vegas Raiders', 'Kansas City Chiefs', '2026-10-04T20:25:14Z'), resolve, games))
      .toEqual({ status: 'matched', gameId: 1, homeCode: 'LV', awayCode: 'KC', swapped: false });
  });

  it('when a doubleheader has two games, then the closest kickoff wins', () => {
    expect(matchEvent(event('New York Yankees', 'Boston Red Sox', '2026-07-04T22:40:00Z'), resolve, games)).toMatchObject({ gameId: 4 });
  });

  it('when the provider lists home and away the other way round, then it matches as swapped', () => {
    expect(matchEvent(event('Kansas City Chiefs', 'Las Vegas Raiders', '2026-10-04T20:25:00Z'), resolve, games))
      .toMatchObject({ status: 'matched', gameId: 1, swapped: true });
  });

  it('when a team name is unknown or no game is near, then the reason says which', () => {
    expect(matchEvent(event('Springfield Atoms', 'Kansas City Chiefs', '2026-10-04T20:25:00Z'), resolve, games))
      .toMatchObject({ status: 'unmatched', reason: 'unknown team name: Springfield Atoms', awayCode: 'KC' });
    expect(matchEvent(event('Las Vegas Raiders', 'Kansas City Chiefs', '2026-11-01T20:25:00Z'), resolve, games))
      .toMatchObject({ status: 'unmatched', reason: expect.stringMatching(/no game KC@LV within 12h/) });
  });
});
