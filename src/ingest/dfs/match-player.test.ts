import { describe, expect, it } from 'vitest';
import { matchKey, matchPlayer, type MatchCandidate } from './match-player.js';

function index(cands: MatchCandidate[]): Map<string, MatchCandidate[]> {
  const map = new Map<string, MatchCandidate[]>();
  for (const c of cands) map.set(c.normalizedName, [...(map.get(c.normalizedName) ?? []), c]);
  return map;
}

describe('matchPlayer', () => {
  const known = index([
    { id: 1, normalizedName: 'josh allen', team: 'BUF', positions: ['QB'] },
    { id: 2, normalizedName: 'will smith', team: 'LAD', positions: ['C'] },
    { id: 3, normalizedName: 'will smith', team: 'ATL', positions: ['RP'] },
    { id: 4, normalizedName: 'bal defense', team: 'BAL', positions: ['DST'] },
    { id: 5, normalizedName: 'mike williams', team: 'NYJ', positions: ['WR'] },
    { id: 6, normalizedName: 'mike williams', team: 'TB', positions: ['WR'] },
    { id: 7, normalizedName: 'gabriel davis', team: 'JAX', positions: ['WR'] },
  ]);

  it('matches the same person across sites by normalized name and team', () => {
    expect(matchPlayer({ name: 'Josh Allen', team: 'BUF', positions: ['QB'] }, known)).toEqual({ kind: 'matched', id: 1, note: null });
  });

  it('matches a traded player with a note', () => {
    expect(matchPlayer({ name: 'Josh Allen', team: 'KC', positions: ['QB'] }, known)).toMatchObject({ kind: 'matched', id: 1, note: expect.stringContaining('last seen on BUF') });
  });

  it('tells pitchers and hitters apart and team defenses by team', () => {
    expect(matchPlayer({ name: 'Will Smith', team: 'ATL', positions: ['P'] }, known)).toMatchObject({ kind: 'matched', id: 3 });
    expect(matchPlayer({ name: 'Baltimore Ravens', team: 'BAL', positions: ['D'] }, known)).toMatchObject({ kind: 'matched', id: 4 });
  });

  it('reports ambiguity instead of guessing', () => {
    const result = matchPlayer({ name: 'Mike Williams', team: 'LAC', positions: ['WR'] }, known);
    expect(result).toMatchObject({ kind: 'ambiguous', ids: [5, 6] });
    expect(result.kind === 'ambiguous' && result.message).toMatch(/ambiguous player "Mike Williams" \(LAC\).*#5 NYJ, #6 TB/);
  });

  it('applies manual alias overrides and returns none for strangers', () => {
    const overrides = new Map([['gabe davis', 'gabriel davis']]);
    expect(matchPlayer({ name: 'Gabe Davis', team: 'JAX', positions: ['WR'] }, known, overrides)).toMatchObject({ kind: 'matched', id: 7 });
    expect(matchPlayer({ name: 'Nobody Known', team: 'BUF', positions: ['WR'] }, known)).toEqual({ kind: 'none', normalizedName: 'nobody known' });
    expect(matchKey('Texans', 'HOU', ['DST'])).toBe('hou defense');
  });
});
