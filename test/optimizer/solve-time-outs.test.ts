import { describe, expect, it } from 'vitest';
import { createInThreadBackend, optimizeLineups, parseOptimizerRules } from '../../src/optimizer/solve.js';
import type { SolveRequest, SolveResponse, SolverBackend } from '../../src/optimizer/engine/solve-protocol.js';
import { lineupProblems } from './support/check-lineup.js';
import { generateSlate } from './support/generate-slate.js';
import { getSiteRules } from '../../src/sites/index.js';

const NFL = getSiteRules('draftkings', 'NFL', 'classic');
const players = generateSlate(NFL, { games: 3, depth: 2, seed: 5 });

/**
 * A real in-thread solver behind a stand-in for a loaded machine: every time-limited solve whose limit is below
 * `needs` seconds ends with HiGHS's "time limit reached, no lineup". Records the limits it was given.
 */
function slowBackend(needs: number): SolverBackend & { limits: number[] } {
  const inner = createInThreadBackend();
  const limits: number[] = [];
  return {
    limits,
    size: inner.size,
    init: (data, name) => inner.init(data, name),
    release: (name) => inner.release(name),
    close: () => inner.close(),
    async solve(slot: number, request: SolveRequest): Promise<SolveResponse> {
      const limit = request.limits?.timeLimit;
      if (limit === undefined) return inner.solve(slot, request);
      limits.push(limit);
      // The request still reaches the model (its cuts and events must be applied), only its answer is lost.
      const real = await inner.solve(slot, request);
      return limit >= needs ? real : { status: 'time-limit', objective: Number.NaN, ones: [], seconds: limit, bound: Number.POSITIVE_INFINITY, nodes: 0, startObjective: Number.NaN };
    },
  };
}

describe('fast mode when solves time out without a lineup', () => {
  it('when every short solve times out, then each is retried with a doubled limit and all lineups are built', async () => {
    const backend = slowBackend(0.07);
    const rules = parseOptimizerRules({ lineups: 8, mode: 'fast', minUnique: 2, stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE']] }] });
    try {
      // searchNodes 0: straight to HiGHS, whose time limits are what is tested here.
      const result = await optimizeLineups(players, NFL, rules, { backend, prune: false, searchNodes: 0 });
      expect(result.lineups).toHaveLength(8);
      expect(result.warnings).toEqual([]);
      for (const l of result.lineups) expect(lineupProblems(l, NFL)).toEqual([]);
      expect(result.stats.retries).toBeGreaterThan(0);
      expect(result.stats.stoppedEarly).toBeGreaterThanOrEqual(result.stats.retries);
      // 0.02 s, then 0.04 s, then 0.08 s: the first limit that is long enough.
      expect([...new Set(backend.limits.map((l) => Math.round(l * 1000)))].sort((a, b) => a - b)).toEqual([20, 40, 80]);
    } finally {
      await backend.close();
    }
  });

  it('when randomized lineups time out, then the same draw is retried and all lineups are built, not "only X of N"', async () => {
    const backend = slowBackend(0.07);
    const rules = parseOptimizerRules({ lineups: 5, mode: 'fast', randomness: { distribution: 'uniform', amount: 0.2, seed: 3 } });
    try {
      const result = await optimizeLineups(players, NFL, rules, { backend });
      expect(result.lineups).toHaveLength(5);
      expect(result.warnings).toEqual([]);
      expect(result.stats.retries).toBeGreaterThan(0);
    } finally {
      await backend.close();
    }
  });

  it('when fast mode builds more lineups than it proves, then #1 stays first and the rest are listed by projection', async () => {
    const rules = parseOptimizerRules({ lineups: 25, minUnique: 3, exposure: { maxPlayer: 0.5 }, stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']] }] });
    const result = await optimizeLineups(players, NFL, rules, { searchNodes: 0 });
    expect(result.stats.mode).toBe('fast-sequential');
    const rest = result.lineups.slice(1).map((l) => l.objective);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(result.lineups.map((l) => l.index)).toEqual(result.lineups.map((_, i) => i + 1));
    expect(result.stats.gapToBound?.worst).toBeGreaterThanOrEqual(0);
  });
});
