import { describe, expect, it } from 'vitest';
import { generateSlate } from '../../test/optimizer/support/generate-slate.js';
import { lineupProblems } from '../../test/optimizer/support/check-lineup.js';
import { optimizeLineups } from './optimize-lineups.js';
import { parseOptimizerRules, type OptimizerRulesInput } from './rules-schema.js';
import type { Lineup, OptimizerPlayer } from './types.js';
import { getSiteRules } from '../sites/index.js';

const NFL = getSiteRules('draftkings', 'NFL', 'classic');
const nfl = generateSlate(NFL, { games: 3, depth: 2, seed: 11 });
const byPos = (pos: string): OptimizerPlayer[] => nfl.filter((p) => p.positions.includes(pos)).sort((a, b) => b.projection - a.projection);
const playersOf = (l: Lineup): OptimizerPlayer[] => l.slots.map((s) => s.player);

async function build(input: OptimizerRulesInput, players = nfl, site = NFL): Promise<Lineup[]> {
  const { lineups } = await optimizeLineups(players, site, parseOptimizerRules({ lineups: 6, ...input }));
  expect(lineups.length).toBeGreaterThan(0);
  for (const l of lineups) expect(lineupProblems(l, site)).toEqual([]);
  return lineups;
}

describe('optimizer rules hold in every lineup', () => {
  it('when players are locked (one to FLEX), then every lineup has them, the FLEX lock in FLEX', async () => {
    const rb = byPos('RB')[5];
    const wr = byPos('WR')[7];
    if (!rb || !wr) throw new Error('slate too small');
    const lineups = await build({ locks: [{ player: rb.id }, { player: wr.id, slot: 'FLEX' }] });
    for (const l of lineups) {
      expect(playersOf(l).map((p) => p.id)).toContain(rb.id);
      expect(l.slots.find((s) => s.player.id === wr.id)?.slot).toBe('FLEX');
    }
  });

  it('when players, a team and a game are excluded, then none of them appears', async () => {
    const star = byPos('WR')[0];
    if (!star) throw new Error('slate too small');
    const lineups = await build({ excludePlayers: [star.id], excludeTeams: ['A1'], excludeGames: ['A2@H2'] });
    for (const p of lineups.flatMap(playersOf)) {
      expect(p.id).not.toBe(star.id);
      expect(p.team).not.toBe('A1');
      expect(p.gameKey).not.toBe('A2@H2');
    }
  });

  it('when salary bounds and team limits are set, then salaries and team counts stay inside them', async () => {
    const lineups = await build({ minSalary: 45_000, maxSalary: 48_000, maxPerTeam: 3, teamLimits: { H0: 1 } });
    for (const l of lineups) {
      expect(l.salary).toBeGreaterThanOrEqual(45_000);
      expect(l.salary).toBeLessThanOrEqual(48_000);
      const counts = new Map<string, number>();
      for (const p of playersOf(l)) counts.set(p.team, (counts.get(p.team) ?? 0) + 1);
      for (const n of counts.values()) expect(n).toBeLessThanOrEqual(3);
      expect(counts.get('H0') ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('when a QB + 2 WR/TE stack with a bring-back is asked, then each lineup stacks a QB team and takes its opponent', async () => {
    const lineups = await build({ stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']], bringBack: { positions: ['WR', 'TE', 'RB'], count: 1 } }] });
    for (const l of lineups) {
      const ps = playersOf(l);
      const qb = ps.find((p) => p.positions.includes('QB'));
      expect(ps.filter((p) => p.team === qb?.team && (p.positions.includes('WR') || p.positions.includes('TE'))).length).toBeGreaterThanOrEqual(2);
      expect(ps.some((p) => p.team === qb?.opponent && ['WR', 'TE', 'RB'].some((x) => p.positions.includes(x)))).toBe(true);
    }
  });

  it('when a game stack of 5 with 2 from each side is asked, then one game supplies it', async () => {
    const lineups = await build({ stacks: [{ kind: 'game', size: 5, minFromEachTeam: 2 }] });
    for (const l of lineups) {
      const games = new Map<string, OptimizerPlayer[]>();
      for (const p of playersOf(l)) games.set(p.gameKey ?? '', [...(games.get(p.gameKey ?? '') ?? []), p]);
      const ok = [...games.values()].some((ps) => ps.length >= 5 && new Set(ps.map((p) => p.team)).size === 2 &&
        [...new Set(ps.map((p) => p.team))].every((t) => ps.filter((p) => p.team === t).length >= 2));
      expect(ok).toBe(true);
    }
  });

  it('when groups and a conditional are set, then counts and the if-then hold', async () => {
    const group = byPos('RB').slice(0, 4).map((p) => p.id);
    const qb = byPos('QB')[0];
    const te = byPos('TE').at(-1);
    if (!qb || !te) throw new Error('slate too small');
    const lineups = await build({ groups: [{ players: group, min: 1, max: 1 }], conditionals: [{ if: [qb.id], then: [te.id], min: 1 }] });
    for (const l of lineups) {
      const ids = playersOf(l).map((p) => p.id);
      expect(ids.filter((id) => group.includes(id))).toHaveLength(1);
      if (ids.includes(qb.id)) expect(ids).toContain(te.id);
    }
  });

  it('when offense may not face its own DST, then no lineup has a skill player against its defense', async () => {
    const lineups = await build({ opponentRules: [{ positions: ['DST'], against: ['QB', 'RB', 'WR', 'TE'], allowed: 0 }] });
    for (const l of lineups) {
      const ps = playersOf(l);
      const dst = ps.find((p) => p.positions.includes('DST'));
      expect(ps.filter((p) => p.team === dst?.opponent)).toEqual([]);
    }
  });

  it('when ownership is capped, then each lineup sums under the cap', async () => {
    const lineups = await build({ ownership: { maxSum: 1.2 } });
    for (const l of lineups) expect(l.ownershipSum ?? 0).toBeLessThanOrEqual(1.2 + 1e-9);
  });

  it('when 3 unique players and 50% exposure are asked, then pairs differ by 3 and nobody is in more than half', async () => {
    const lineups = await build({ lineups: 8, minUnique: 3, exposure: { maxPlayer: 0.5 } });
    expect(lineups).toHaveLength(8);
    for (let a = 0; a < lineups.length; a += 1) {
      for (let b = a + 1; b < lineups.length; b += 1) {
        const keys = new Set(playersOf(lineups[a] as Lineup).map((p) => p.playerKey));
        expect(playersOf(lineups[b] as Lineup).filter((p) => keys.has(p.playerKey)).length).toBeLessThanOrEqual(6);
      }
    }
    const counts = new Map<string, number>();
    for (const p of lineups.flatMap(playersOf)) counts.set(p.playerKey, (counts.get(p.playerKey) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(4);
  });

  it('when min and team exposures are set (strict), then they hold exactly', async () => {
    const cheapRb = byPos('RB').at(-1);
    if (!cheapRb) throw new Error('slate too small');
    const lineups = await build({ lineups: 6, exposure: { players: { [cheapRb.id]: { min: 0.5 } }, teams: { H0: { max: 0.34 } } } });
    expect(lineups.filter((l) => playersOf(l).some((p) => p.id === cheapRb.id)).length).toBeGreaterThanOrEqual(3);
    expect(lineups.filter((l) => playersOf(l).some((p) => p.team === 'H0')).length).toBeLessThanOrEqual(2);
  });

  it('when fast mode builds stacked, capped, 3-unique lineups, then #1 is the exact optimum and every rule holds', async () => {
    const rules = { lineups: 12, minUnique: 3, exposure: { maxPlayer: 0.5 }, stacks: [{ kind: 'team' as const, positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']] }] };
    const exact = await build({ ...rules, lineups: 1, mode: 'exact' });
    const fast = await build({ ...rules, mode: 'fast' });
    expect(fast[0]?.projection).toBeCloseTo(exact[0]?.projection ?? 0, 6);
    expect(fast).toHaveLength(12);
    const counts = new Map<string, number>();
    for (const l of fast) {
      const ps = playersOf(l);
      const qb = ps.find((p) => p.positions.includes('QB'));
      expect(ps.filter((p) => p.team === qb?.team && (p.positions.includes('WR') || p.positions.includes('TE'))).length).toBeGreaterThanOrEqual(2);
      for (const p of ps) counts.set(p.playerKey, (counts.get(p.playerKey) ?? 0) + 1);
    }
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(6);
    for (let a = 0; a < fast.length; a += 1) {
      const keys = new Set(playersOf(fast[a] as Lineup).map((p) => p.playerKey));
      for (let b = a + 1; b < fast.length; b += 1) expect(playersOf(fast[b] as Lineup).filter((p) => keys.has(p.playerKey)).length).toBeLessThanOrEqual(6);
    }
  });

  it('when randomness is on, then lineups are valid, distinct and reproducible with the same seed', async () => {
    const rules = { lineups: 5, randomness: { distribution: 'normal' as const, amount: 0.3, seed: 4 } };
    const a = await build(rules);
    const b = await build(rules);
    expect(a.map((l) => l.slots.map((s) => s.player.id))).toEqual(b.map((l) => l.slots.map((s) => s.player.id)));
    expect(new Set(a.map((l) => l.slots.map((s) => s.player.id).sort().join())).size).toBe(5);
  });

  it('when sim draws are given, then lineup k maximises draw k', async () => {
    const draws = [0, 1, 2].map((k) => Float64Array.from(nfl, (p, i) => (i % 3 === k ? p.projection * 3 : p.projection / 3)));
    const { lineups } = await optimizeLineups(nfl, NFL, parseOptimizerRules({ lineups: 3, simDraws: { blend: 0 } }), { draws });
    lineups.forEach((l, k) => {
      const draw = draws[k] as Float64Array;
      const points = l.slots.reduce((t, s) => t + (draw[nfl.indexOf(s.player)] ?? 0), 0);
      expect(l.objective).toBeCloseTo(points, 3);
    });
  });

  it('when sim-draw mode is asked with no draws (or draws of the wrong length), then the run is refused, not built on projections', async () => {
    const rules = parseOptimizerRules({ lineups: 2, simDraws: { blend: 0.5 } });
    await expect(optimizeLineups(nfl, NFL, rules)).rejects.toMatchObject({ code: 'no_draws', status: 422, message: expect.stringMatching(/simDraws/) });
    await expect(optimizeLineups(nfl, NFL, rules, { draws: [] })).rejects.toMatchObject({ code: 'no_draws' });
    await expect(optimizeLineups(nfl, NFL, rules, { draws: [new Float64Array(3)] })).rejects.toMatchObject({ code: 'invalid_draws' });
  });
});

describe('MLB and NHL stacks', () => {
  const MLB = getSiteRules('draftkings', 'MLB', 'classic');
  const mlb = generateSlate(MLB, { games: 3, depth: 2, seed: 5 });
  const NHL = getSiteRules('draftkings', 'NHL', 'classic');
  const nhl = generateSlate(NHL, { games: 3, depth: 2, seed: 5 });
  const hitters = (l: Lineup): OptimizerPlayer[] => playersOf(l).filter((p) => !p.positions.includes('SP'));

  it('when a 4-3 team stack of hitters is asked, then two different teams give 4 and 3 hitters', async () => {
    const lineups = await build({ lineups: 4, stacks: [{ kind: 'team-sizes', sizes: [4, 3], positions: ['C', '1B', '2B', '3B', 'SS', 'OF'] }] }, mlb, MLB);
    for (const l of lineups) {
      const counts = [...new Set(hitters(l).map((p) => p.team))].map((t) => hitters(l).filter((p) => p.team === t).length).sort((a, b) => b - a);
      expect(counts[0]).toBeGreaterThanOrEqual(4);
      expect(counts[1]).toBeGreaterThanOrEqual(3);
    }
  });

  it('when batting-order spacing is 2, then same-team hitters bat within 2 of each other', async () => {
    const lineups = await build({ lineups: 4, battingOrderSpacing: 2 }, mlb, MLB);
    for (const l of lineups) {
      for (const a of hitters(l)) for (const b of hitters(l)) {
        if (a.team === b.team && a.battingOrder !== null && b.battingOrder !== null) expect(Math.abs(a.battingOrder - b.battingOrder)).toBeLessThanOrEqual(2);
      }
    }
  });

  it('when a line stack of 3 is asked, then three players share a team line', async () => {
    const lineups = await build({ lineups: 3, stacks: [{ kind: 'line', size: 3, count: 1 }] }, nhl, NHL);
    for (const l of lineups) {
      const lines = new Map<string, number>();
      for (const p of playersOf(l)) if (p.line !== null) lines.set(`${p.team}:${p.line}`, (lines.get(`${p.team}:${p.line}`) ?? 0) + 1);
      expect(Math.max(...lines.values())).toBeGreaterThanOrEqual(3);
    }
  });
});
