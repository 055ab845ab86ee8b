import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { optimizeLineups } from './optimize-lineups.js';
import { parseOptimizerRules, type OptimizerRulesInput } from './rules-schema.js';
import { getSiteRules } from '../sites/index.js';

const RULES = getSiteRules('draftkings', 'NFL', 'classic');
const players = generateSlate(RULES, { games: 3, depth: 2, seed: 31 });
const qbs = players.filter((p) => p.positions.includes('QB'));

async function failure(input: OptimizerRulesInput): Promise<AppError> {
  try {
    await optimizeLineups(players, RULES, parseOptimizerRules(input));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the rules to be infeasible');
}

describe('infeasible rules get a diagnosis', () => {
  it('when two QBs are locked, then each lock is named as a culprit', async () => {
    const error = await failure({ locks: [{ player: qbs[0]!.id }, { player: qbs[1]!.id }] });
    expect(error.code).toBe('infeasible_rules');
    expect(error.message).toContain(`lock ${qbs[0]!.name}`);
    expect(error.message).toContain(`lock ${qbs[1]!.name}`);
  });

  it('when a stack needs a team that is excluded, then the stack and the exclusion are named', async () => {
    const error = await failure({ excludeTeams: ['A0'], stacks: [{ kind: 'team', positions: [['QB'], ['WR']], teams: ['A0'] }] });
    expect(error.message).toMatch(/stack #1 \(QB \+ WR\)/);
    expect(error.message).toMatch(/excludes/);
  });

  it('when the salary floor is above the cap, then min salary is named', async () => {
    const error = await failure({ minSalary: 50_001 });
    expect(error.message).toMatch(/min salary/);
  });

  it('when min exposures cannot all be met in strict mode, then the error names them; best-effort reports the miss', async () => {
    const rules = { lineups: 4, exposure: { mode: 'strict' as const, players: { [qbs[0]!.id]: { min: 1 }, [qbs[1]!.id]: { min: 1 } } } };
    const error = await failure(rules);
    expect(error.code).toBe('exposure_infeasible');
    expect(error.message).toContain(qbs[0]!.name);

    const result = await optimizeLineups(players, RULES, parseOptimizerRules({ ...rules, exposure: { ...rules.exposure, mode: 'best-effort' } }));
    expect(result.lineups).toHaveLength(4);
    expect(result.missedExposure.length).toBeGreaterThan(0);
    expect(result.missedExposure[0]).toMatchObject({ bound: 'min', target: 1 });
    expect(result.warnings.join()).toMatch(/exposure min 1 for .* missed/);
  });
});

describe('parseOptimizerRules', () => {
  it('when fields are wrong, then every problem is listed by path', () => {
    expect(() => parseOptimizerRules({ lineups: 0, stacks: [{ kind: 'team', positions: [] }], exposure: { maxPlayer: 2 } }))
      .toThrow(/lineups: .*; stacks\.0\.positions: .*; exposure\.maxPlayer: /);
  });
});
