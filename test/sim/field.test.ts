/** Field generation on real DraftKings slates: legal lineups, real-looking stacks and salary use, ownership met. */
import { describe, expect, it } from 'vitest';
import { adjustPlayers } from '../../src/sim/adjust/adjust-players.js';
import { compileEntries } from '../../src/sim/contest/compile-entries.js';
import type { ContestRow } from '../../src/sim/contest/contest-types.js';
import { estimateOwnership } from '../../src/sim/contest/estimate-ownership.js';
import { generateField } from '../../src/sim/contest/generate-field.js';
import { simOptimalFrequency } from '../../src/sim/contest/sim-optimal-frequency.js';
import { prepareModel } from '../../src/sim/engine/prepare-model.js';
import { sampleDraws } from '../../src/sim/engine/sample-draws.js';
import type { SimSport } from '../../src/sim/types.js';
import { loadDkRows, toProjectionInputs } from './support/load-dk-slate.js';
import { getSiteRules } from '../../src/sites/index.js';

function setup(file: string, sport: SimSport, gameType: 'classic' | 'showdown') {
  const rows = loadDkRows(file);
  const players = adjustPlayers(sport, toProjectionInputs(rows));
  const model = prepareModel(players, { sport });
  const sims = 300;
  const draws = sampleDraws(model, 1, { simStart: 0, simEnd: sims });
  const rules = getSiteRules('draftkings', sport, gameType);
  const keyIndex = new Map(players.map((p, i) => [p.key, i]));
  const contestRows: ContestRow[] = rows.map((r) => ({
    simIndex: keyIndex.get(r.playerKey)!,
    positions: r.positions,
    salary: r.salary,
    team: r.team,
    gameKey: r.gameKey,
    captainRow: r.rosterPositions.includes('CPT'),
    ownership: 0,
    mean: players[keyIndex.get(r.playerKey)!]!.mean,
  }));
  const freq = simOptimalFrequency(contestRows, rules, sims, (s, p) => draws[p * sims + s]!);
  const own = estimateOwnership(contestRows, rules, freq);
  const withOwn = contestRows.map((r, i) => ({ ...r, ownership: own[i]! }));
  return { rows, withOwn, rules, own };
}

describe('generateField', () => {
  it('when built for the DK NFL 2022-11-20 main slate, then lineups are legal, stacked and use the cap like real fields', () => {
    const { withOwn, rules, own } = setup('dk_nfl_classic_2022-11-20_DKSalaries.csv', 'NFL', 'classic');
    expect(own.reduce((a, b) => a + b, 0)).toBeCloseTo(9, 0);
    const field = generateField(withOwn, rules, { sport: 'NFL', entries: 3000, seed: 7 });
    let stacked = 0;
    for (let e = 0; e < field.lineups.entryCount; e++) {
      const picked = Array.from(field.lineups.rows.subarray(e * 9, e * 9 + 9)).map((r) => withOwn[r]!);
      expect(new Set(picked.map((p) => p.simIndex)).size).toBe(9);
      expect(picked.reduce((s, p) => s + p.salary, 0)).toBeLessThanOrEqual(50_000);
      expect(new Set(picked.map((p) => p.gameKey)).size).toBeGreaterThanOrEqual(2);
      picked.forEach((p, k) => expect(p.positions.some((x) => rules.slots[k]!.eligible.includes(x))).toBe(true));
      const qb = picked[0]!;
      if (picked.some((p) => p.team === qb.team && (p.positions[0] === 'WR' || p.positions[0] === 'TE'))) stacked++;
    }
    const rate = stacked / field.lineups.entryCount;
    expect(rate).toBeGreaterThan(0.65);
    expect(rate).toBeLessThan(0.95);
    expect(field.averageSalary).toBeGreaterThan(49_000);
    expect(field.ownershipError).toBeLessThan(0.02);
  });

  it('when built for a DK NBA showdown, then one captain per lineup, never the same person twice, CPT scores 1.5x', () => {
    const { withOwn, rules } = setup('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv', 'NBA', 'showdown');
    const field = generateField(withOwn, rules, { sport: 'NBA', entries: 1000, seed: 3 });
    for (let e = 0; e < field.lineups.entryCount; e++) {
      const picked = Array.from(field.lineups.rows.subarray(e * 6, e * 6 + 6)).map((r) => withOwn[r]!);
      expect(picked[0]!.captainRow).toBe(true);
      expect(picked.slice(1).every((p) => !p.captainRow)).toBe(true);
      expect(new Set(picked.map((p) => p.simIndex)).size).toBe(6);
      expect(picked.reduce((s, p) => s + p.salary, 0)).toBeLessThanOrEqual(50_000);
    }
    const compiled = compileEntries([field.lineups], withOwn, rules);
    expect(Array.from(compiled.multipliers.subarray(0, 6))).toEqual([1.5, 1, 1, 1, 1, 1]);
  });
  it('when a 2-game slate leaves the optimizer entrants no lineup to copy, then the field is all ownership-driven and spans both games', () => {
    const rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv').filter((r) => r.gameKey === 'CLE@BUF' || r.gameKey === 'CIN@PIT');
    const players = adjustPlayers('NFL', toProjectionInputs(rows));
    const keyIndex = new Map(players.map((p, i) => [p.key, i]));
    const contestRows: ContestRow[] = rows.map((r) => ({ simIndex: keyIndex.get(r.playerKey)!, positions: r.positions, salary: r.salary, team: r.team, gameKey: r.gameKey, captainRow: false, ownership: 0, mean: players[keyIndex.get(r.playerKey)!]!.mean }));
    const rules = getSiteRules('draftkings', 'NFL', 'classic');
    const own = estimateOwnership(contestRows, rules);
    const field = generateField(contestRows.map((r, i) => ({ ...r, ownership: own[i]! })), rules, { sport: 'NFL', entries: 199, seed: 3 });
    expect(Array.from(field.realizedOwnership).every(Number.isFinite)).toBe(true);
    for (let e = 0; e < field.lineups.entryCount; e++) {
      const games = new Set(Array.from(field.lineups.rows.subarray(e * 9, e * 9 + 9)).map((r) => contestRows[r]!.gameKey));
      expect(games.size).toBe(2);
    }
  });
});
