/** The optimizer form's pro controls: they become the optimizer's rules, and a stored set's rules refill them. */
import { describe, expect, it } from 'vitest';
import { OptimizerRulesSchema } from '../../optimizer/index.js';
import { parseRulesForm, parseTeamExposure } from './parse-rules-form.js';
import { rulesToForm } from './rules-to-form.js';
import { describeRules } from './describe-rules.js';

const base = { lineups: '20', stack: 'QB WR/TE', exposureMode: 'strict' };

describe('optimizer pro controls', () => {
  it('when exposure caps, team exposure, a stack cap, an ownership cap, sim draws and an if/then rule are set, then the rules carry them all', () => {
    const parsed = parseRulesForm({
      ...base, pmax_101: '40', pmin_102: '10', pmax_102: '50', pmin_103: '', teamExposure: 'KC:40 buf:10-30', stackMaxExposure: '25',
      maxOwnership: '150', simDraws: 'on', simBlend: '20', ifPlayers: ['101'], thenPlayers: ['104', '105'],
    });
    if ('problems' in parsed) throw new Error(parsed.problems.join('; '));
    const rules = OptimizerRulesSchema.parse(parsed.rules);
    expect(rules.exposure.players).toEqual({ 101: { max: 0.4 }, 102: { min: 0.1, max: 0.5 } });
    expect(rules.exposure.teams).toEqual({ KC: { max: 0.4 }, BUF: { min: 0.1, max: 0.3 } });
    expect(rules.stacks[0]).toMatchObject({ kind: 'team', maxExposure: 0.25 });
    expect(rules.ownership).toEqual({ maxSum: 1.5 });
    expect(rules.simDraws).toEqual({ blend: 0.2 });
    expect(rules.conditionals).toEqual([{ if: ['101'], then: ['104', '105'], min: 1 }]);

    const form = rulesToForm(parsed.rules, null);
    expect(form).toMatchObject({ pmax_101: '40', pmin_102: '10', pmax_102: '50', teamExposure: 'KC:40 BUF:10-30', stackMaxExposure: '25', maxOwnership: '150', simDraws: 'on', simBlend: '20', ifPlayers: ['101'], thenPlayers: ['104', '105'] });
    const again = parseRulesForm({ ...base, ...form });
    if ('problems' in again) throw new Error(again.problems.join('; '));
    expect(again.rules).toEqual(parsed.rules);
  });

  it('when a bound is not a percentage, min is above max, or an if has no then, then each problem is named', () => {
    const parsed = parseRulesForm({ ...base, pmax_7: '140', pmin_8: '60', pmax_8: '20', ifPlayers: '9', teamExposure: 'KC=40' });
    expect('problems' in parsed && parsed.problems).toEqual([
      'team exposure: "KC=40" is not TEAM:max or TEAM:min-max (percent), e.g. KC:40 BUF:10-30',
      'exposure for 7: "140" is not a percentage (0-100)',
      'exposure for 8: min 60% is above max 20%',
      'conditional rule: pick players for both "if" and "then"',
    ]);
    expect('fieldErrors' in parsed && Object.keys(parsed.fieldErrors)).toEqual(['teamExposure', 'pmax_7', 'pmin_8', 'ifPlayers']);
    expect(parseTeamExposure('KC:50-20')).toMatch(/needs 0 <= min <= max <= 100/);
  });

  it('when players are put in groups with bounds and a conditional asks for two, then the rules carry them and refill the form', () => {
    const parsed = parseRulesForm({ ...base, grp_101: '1', grp_102: '1', grp_103: '2', grp_104: '', group1Min: '1', group1Max: '1', group2Max: '0', ifPlayers: '101', thenPlayers: ['104', '105'], thenMin: '2' });
    if ('problems' in parsed) throw new Error(parsed.problems.join('; '));
    const rules = OptimizerRulesSchema.parse(parsed.rules);
    expect(rules.groups).toEqual([{ name: 'group 1', players: ['101', '102'], min: 1, max: 1 }, { name: 'group 2', players: ['103'], max: 0 }]);
    expect(rules.conditionals).toEqual([{ if: ['101'], then: ['104', '105'], min: 2 }]);
    const form = rulesToForm(parsed.rules, null);
    expect(form).toMatchObject({ grp_101: '1', grp_102: '1', grp_103: '2', group1Min: '1', group1Max: '1', group2Max: '0', thenMin: '2' });
    const again = parseRulesForm({ ...base, ...form });
    if ('problems' in again) throw new Error(again.problems.join('; '));
    expect(again.rules).toEqual(parsed.rules);
    expect(describeRules(parsed.rules, new Map([['101', 'Josh Allen'], ['102', 'Lamar Jackson']]))).toContain('Group 1: at least 1 and at most 1 of Josh Allen, Lamar Jackson');
  });

  it('when a group has no players, no bound, min above max or above its size, then the problem sits on that group\'s field', () => {
    const parsed = parseRulesForm({ ...base, group1Min: '1', grp_7: '2', grp_8: '3', grp_9: '3', group3Min: '3', group3Max: '1', thenPlayers: '5', ifPlayers: '6', thenMin: '2', group2Max: 'x' });
    expect('problems' in parsed && parsed.problems).toEqual(['group2Max: must be a number']);
    const next = parseRulesForm({ ...base, group1Min: '1', grp_7: '2', grp_8: '3', grp_9: '3', group3Min: '3', group3Max: '1', thenPlayers: '5', ifPlayers: '6', thenMin: '2' });
    expect('problems' in next && next.problems).toEqual([
      'conditional rule: at least 2 of 1 "then" players cannot be met',
      'group 1: pick its players in the G column',
      'group 2: 1 player picked, give it a min or a max',
      'group 3: min 3 is above max 1',
    ]);
    expect('fieldErrors' in next && Object.keys(next.fieldErrors)).toEqual(['thenMin', 'group1Min', 'group2Min', 'group3Min']);
    const tooMany = parseRulesForm({ ...base, grp_7: '1', group1Min: '2' });
    expect('problems' in tooMany && tooMany.problems).toEqual(['group 1: min 2 is more than its 1 player']);
  });

  it("when a set's rules are described, then locks and caps read by player name", () => {
    const lines = describeRules({ lineups: 3, locks: [{ player: '101' }], stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE']], maxExposure: 0.5 }], exposure: { mode: 'best-effort', maxPlayer: 0.7, players: {}, teams: { KC: { max: 0.4 } } } }, new Map([['101', 'Josh Allen']]));
    expect(lines).toEqual(['3 lineups', 'Locked: Josh Allen', 'Stack QB + WR/TE, at most 50% each', 'Exposure (best effort): every player ≤ 70%, KC ≤ 40%']);
  });
});
