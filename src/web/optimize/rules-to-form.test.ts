import { describe, expect, it } from 'vitest';
import { parseRulesForm } from './parse-rules-form.js';
import { rulesToForm } from './rules-to-form.js';

describe('rulesToForm', () => {
  it('when rules came from the form, then turning them back into fields and parsing again gives the same rules', () => {
    const body = {
      set: '4', lineups: '20', minUnique: '3', lock: ['111'], exclude: ['222'], stack: 'QB WR/TE', bringBack: 'WR', stackCount: '1',
      maxExposure: '60', exposureMode: 'strict', maxPerTeam: '4', gameStack: '3', randomness: '15',
    };
    const first = parseRulesForm(body);
    if ('problems' in first) throw new Error(first.problems.join('; '));
    const again = parseRulesForm(rulesToForm(first.rules, first.projectionSetId));
    expect(again).toEqual(first);
  });
  it('when there are no rules, then the form starts empty', () => {
    expect(rulesToForm(null, null)).toEqual({});
  });
});
