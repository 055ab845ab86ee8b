import { describe, expect, it } from 'vitest';
import { parseRulesForm, parseStackPositions } from './parse-rules-form.js';

describe('parseRulesForm', () => {
  it('when the form has locks, excludes, a stack with bring-back and exposure, then the rules say the same', () => {
    const parsed = parseRulesForm({
      set: '7', lineups: '20', minUnique: '3', lock: '111', exclude: ['222', '333'], stack: 'QB WR/TE WR/TE', bringBack: 'WR', stackCount: '1',
      maxExposure: '60', exposureMode: 'strict', maxPerTeam: '4', minSalary: '', randomness: '15', gameStack: '',
    });
    expect(parsed).toEqual({
      projectionSetId: 7,
      rules: {
        lineups: 20, minUnique: 3, locks: [{ player: '111' }], excludePlayers: ['222', '333'], maxPerTeam: 4,
        stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']], count: 1, bringBack: { positions: ['WR'], count: 1 } }],
        exposure: { mode: 'strict', maxPlayer: 0.6, players: {}, teams: {} },
        randomness: { distribution: 'normal', amount: 0.15, perPlayer: {}, seed: 1 },
      },
    });
  });

  it('when a player is both locked and excluded, then the problem names the player', () => {
    expect(parseRulesForm({ lineups: '1', lock: ['9'], exclude: '9' })).toEqual({ problems: ['lock/exclude: 9 cannot be both locked and excluded'], fieldErrors: { lock: '9 cannot be both locked and excluded' } });
  });

  it('when the lineup count is out of range or a stack has one position, then each problem is named by field', () => {
    const result = parseRulesForm({ lineups: '0' });
    expect('problems' in result && result.problems[0]).toMatch(/^lineups: at least 1 lineup/);
    expect('fieldErrors' in result && result.fieldErrors.lineups).toMatch(/^at least 1 lineup/);
    expect(parseRulesForm({ lineups: '2', stack: 'QB' })).toEqual({ problems: ['stack: a stack needs at least two positions, e.g. "QB WR/TE"'], fieldErrors: { stack: 'a stack needs at least two positions, e.g. "QB WR/TE"' } });
  });

  it('when only the lineup count is given, then defaults fill the rest', () => {
    expect(parseRulesForm({ lineups: '5' })).toEqual({ projectionSetId: null, rules: { lineups: 5, minUnique: 1, locks: [], excludePlayers: [], stacks: [], exposure: { mode: 'best-effort', players: {}, teams: {} } } });
  });
});

describe('parseStackPositions', () => {
  it('when positions are separated by commas or spaces, then alternatives split on /', () => {
    expect(parseStackPositions('qb, wr/te  rb')).toEqual([['QB'], ['WR', 'TE'], ['RB']]);
  });
});
