import { describe, expect, it } from 'vitest';
import { SPORTS } from '../../core/site-rules.js';
import { listTeamCodes, resolveTeamCode } from './resolve-team-code.js';
import { TEAMS } from './team-aliases.js';

describe('resolveTeamCode', () => {
  it('maps other sources to DraftKings codes', () => {
    expect(resolveTeamCode('NFL', 'JAC')).toBe('JAX');
    expect(resolveTeamCode('NFL', 'WSH')).toBe('WAS');
    expect(resolveTeamCode('NFL', 'LVR')).toBe('LV');
    expect(resolveTeamCode('NFL', 'KAN')).toBe('KC');
    expect(resolveTeamCode('NFL', 'Kansas City Chiefs')).toBe('KC');
    expect(resolveTeamCode('NFL', 'Ravens')).toBe('BAL');
    expect(resolveTeamCode('MLB', 'LOS')).toBe('LAD');
    expect(resolveTeamCode('MLB', 'WAS')).toBe('WSH');
    expect(resolveTeamCode('MLB', 'Was')).toBe('WSH');
    expect(resolveTeamCode('MLB', 'OAK')).toBe('ATH');
    expect(resolveTeamCode('NHL', 'Montréal Canadiens')).toBe('MON');
    expect(resolveTeamCode('NBA', 'St. Louis Blues')).toBeNull();
    expect(resolveTeamCode('NHL', 'St. Louis Blues')).toBe('STL');
  });

  it('returns null for unknown teams and prefers database aliases', () => {
    expect(resolveTeamCode('NFL', 'XYZ')).toBeNull();
    expect(resolveTeamCode('NFL', '')).toBeNull();
    expect(resolveTeamCode('NFL', 'xyz', new Map([['XYZ', 'BUF']]))).toBe('BUF');
  });

  it('has one entry per team and no key shared by two teams of a sport', () => {
    const counts = { NFL: 32, NBA: 30, MLB: 30, NHL: 33 } as const;
    for (const sport of SPORTS) {
      expect(new Set(listTeamCodes(sport)).size).toBe(counts[sport]);
      for (const team of TEAMS[sport]) {
        for (const key of [team.code, ...team.aliases, ...team.names, team.nickname]) expect(resolveTeamCode(sport, key)).toBe(team.code);
      }
    }
  });
});
