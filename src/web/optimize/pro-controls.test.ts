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
    expect(parseTeamExposure('KC:50-20')).toMatch(/needs 0 <= min <= max <= 100/);
  });

  it("when a set's rules are described, then locks and caps read by player name", () => {
    const lines = describeRules({ lineups: 3, locks: [{ player: '101' }], stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE']], maxExposure: 0.5 }], exposure: { mode: 'best-effort', maxPlayer: 0.7, players: {}, teams: { KC: { max: 0.4 } } } }, new Map([['101', 'Josh Allen']]));
    expect(lines).toEqual(['3 lineups', 'Locked: Josh Allen', 'Stack QB + WR/TE, at most 50% each', 'Exposure (best effort): every player ≤ 70%, KC ≤ 40%']);
  });
});
