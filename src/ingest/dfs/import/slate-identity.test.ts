import { describe, expect, it } from 'vitest';
import type { ParsedSlate } from '../parse/types.js';
import { csvSlateKey, dateFromFileName, defaultSlateName, slateDate } from './slate-identity.js';

const slate = (ids: string[], startsAt: Date | null = null): ParsedSlate => ({
  site: 'draftkings', sport: 'NFL', gameType: 'classic', siteSlateId: null, warnings: [],
  games: [{ gameKey: 'NE@BUF', awayTeam: 'NE', homeTeam: 'BUF', startsAt, siteGameId: null }],
  players: ids.map((id) => ({ sitePlayerId: id, playerKey: id, name: id, positions: ['QB'], rosterPositions: ['QB'], salary: 5000, team: 'BUF',
    opponent: 'NE', gameKey: 'NE@BUF', avgPoints: null, status: null, injuryNote: null, battingOrder: null, isProbablePitcher: null })),
});

describe('slate identity', () => {
  it('keys a DK CSV by its lowest draftable id, or a digest when it has no ids', () => {
    expect(csvSlateKey(slate(['40742356', '40742354', '40742608']))).toBe('csv-40742354');
    expect(csvSlateKey(slate(['josh allen|BUF']))).toMatch(/^csv-[0-9a-f]{16}$/);
    expect(csvSlateKey(slate(['josh allen|BUF']))).toBe(csvSlateKey(slate(['josh allen|BUF'])));
  });

  it('reads dates from DK/FD file names', () => {
    expect(dateFromFileName('FanDuel-NFL-2025 EST-12 EST-21 EST-124417-players-list.csv')).toBe('2025-12-21');
    expect(dateFromFileName('FanDuel-MLB-2019-07-24-37139-players-list.csv')).toBe('2019-07-24');
    expect(dateFromFileName('dk_mlb_classic_2026-06-26_DKSalaries.csv')).toBe('2026-06-26');
    expect(dateFromFileName('dk_mlb_classic_2016-04_LEGACY.csv')).toBeNull();
    expect(dateFromFileName('DKSalaries.csv')).toBeNull();
  });

  it('dates a slate by its first kickoff in US Eastern, else the file name, else today', () => {
    const now = new Date('2026-01-10T03:00:00Z'); // still Jan 9 in New York
    expect(slateDate(slate(['1'], new Date('2025-11-17T01:15:00Z')), undefined, now)).toEqual({ date: '2025-11-16', guessed: false });
    expect(slateDate(slate(['1']), 'FanDuel-MLB-2019-07-24-37139-players-list.csv', now)).toEqual({ date: '2019-07-24', guessed: false });
    expect(slateDate(slate(['1']), undefined, now)).toEqual({ date: '2026-01-09', guessed: true });
    expect(defaultSlateName(slate(['1']), '2026-01-09')).toBe('NFL classic 2026-01-09 (1 game)');
  });
});
