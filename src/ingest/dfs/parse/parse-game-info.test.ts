import { describe, expect, it } from 'vitest';
import { parseGameInfo } from './parse-game-info.js';

describe('parseGameInfo', () => {
  it('converts Eastern standard and daylight time to UTC', () => {
    expect(parseGameInfo('SF@ARI 11/16/2025 04:05PM ET')).toEqual({ away: 'SF', home: 'ARI', startsAt: new Date('2025-11-16T21:05:00Z') });
    expect(parseGameInfo('CHC@MIL 06/26/2026 07:45PM ET')?.startsAt).toEqual(new Date('2026-06-26T23:45:00Z'));
  });

  it('handles the days daylight saving starts and ends, noon and midnight', () => {
    expect(parseGameInfo('A@B 03/08/2026 01:00PM ET')?.startsAt).toEqual(new Date('2026-03-08T17:00:00Z'));
    expect(parseGameInfo('A@B 11/01/2026 12:00PM ET')?.startsAt).toEqual(new Date('2026-11-01T17:00:00Z'));
    expect(parseGameInfo('A@B 10/31/2026 12:00PM ET')?.startsAt).toEqual(new Date('2026-10-31T16:00:00Z'));
    expect(parseGameInfo('A@B 01/02/2026 12:30AM ET')?.startsAt).toEqual(new Date('2026-01-02T05:30:00Z'));
  });

  it('reads legacy cells without a date and neutral-site "vs"', () => {
    expect(parseGameInfo('Bos@Cle 01:10PM ET')).toEqual({ away: 'Bos', home: 'Cle', startsAt: null });
    expect(parseGameInfo('KC vs PHI 02/09/2025 06:30PM ET')).toMatchObject({ away: 'KC', home: 'PHI' });
  });

  it('returns null for cells that are not a game', () => {
    expect(parseGameInfo('Postponed')).toBeNull();
    expect(parseGameInfo('The Masters Tournament')).toBeNull();
    expect(parseGameInfo('')).toBeNull();
  });
});
