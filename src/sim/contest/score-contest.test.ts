import { describe, expect, it } from 'vitest';
import { buildTestGame } from '../../../test/sim/support/build-test-game.js';
import { planChunks } from '../engine/merge-chunks.js';
import { prepareModel } from '../engine/prepare-model.js';
import { sampleDraws } from '../engine/sample-draws.js';
import { scoreContestParallel } from '../workers/run-contest-workers.js';
import type { ContestRow, ContestRules } from './contest-types.js';
import { cumulativePayouts } from './payout-table.js';
import { concatPartials, reduceContest } from './reduce-contest.js';
import { scoreContestRange, type ContestScoringInput } from './score-contest.js';
import { prepareContest, simulateContest } from './simulate-contest.js';
import { transposeToSimMajor } from './transpose-draws.js';

describe('scoreContestRange', () => {
  // Players A..F = 0..5; entries: 0 = {A,B}, 1 = {A,B} (a duplicate of ours), 2 = {C,D}, 3 = {E,F}.
  const input: ContestScoringInput = {
    slotCount: 2,
    entryCount: 4,
    players: Int32Array.of(0, 1, 0, 1, 2, 3, 4, 5),
    multipliers: Float32Array.of(1, 1, 1, 1, 1, 1, 1, 1),
    ours: Int32Array.of(0, 2),
    cumulative: cumulativePayouts({
      name: 't',
      entryFee: 20,
      fieldSize: 4,
      source: 'user',
      tiers: [
        { minPosition: 1, maxPosition: 1, amount: 100 },
        { minPosition: 2, maxPosition: 2, amount: 50 },
        { minPosition: 3, maxPosition: 3, amount: 10 },
      ],
    }),
    topCut: 1,
  };
  // sim 0: AB 20 (tied 1st with its duplicate), CD 10, EF 2. sim 1: CD 30 wins, the two AB tie for 2nd-3rd.
  const draws = Float32Array.of(10, 10, 5, 5, 1, 1, 10, 10, 30, 0, 1, 1);

  it('when duplicates tie, then they split the prizes of the positions they occupy', () => {
    const partial = scoreContestRange(input, draws, 6, 0, 2);
    const [ab, cd] = reduceContest([partial], 2, 20, Int32Array.of(1, 0));
    // AB: sim 0 (100 + 50) / 2 = 75, sim 1 (50 + 10) / 2 = 30 → 52.5 on average.
    expect(ab!.averagePayout).toBe(52.5);
    expect(ab!.roi).toBeCloseTo((52.5 - 20) / 20, 12);
    expect(ab!.winRate).toBe(0.25); // half a win in one of two sims
    expect(ab!.averageFinish).toBe(2); // 1.5 and 2.5
    expect(ab!.cashRate).toBe(1);
    expect(ab!.topRate).toBe(0.5);
    expect(ab!.duplicates).toBe(1);
    // CD: 3rd (10) then 1st (100).
    expect(cd!.averagePayout).toBe(55);
    expect(cd!.winRate).toBe(0.5);
    expect(cd!.averageFinish).toBe(2);
  });

  it('when a chunk does not start on a block boundary, then it refuses', () => {
    expect(() => scoreContestRange(input, draws, 6, 1, 2)).toThrow(/multiple of 100/);
  });
});

describe('contest simulation chunks', () => {
  const players = buildTestGame();
  const model = prepareModel(players, { sport: 'NFL' });
  const sims = 1_000;
  const draws = sampleDraws(model, 9, { simStart: 0, simEnd: sims });
  const rules: ContestRules = {
    salaryCap: 30_000,
    slots: [
      { name: 'QB', eligible: ['QB'] },
      { name: 'RB', eligible: ['RB'] },
      { name: 'WR', eligible: ['WR'] },
      { name: 'FLEX', eligible: ['RB', 'WR', 'TE'] },
      { name: 'DST', eligible: ['DST'] },
    ],
    maxPerTeam: null,
    minGames: 1,
    captainRows: false,
  };
  const rows: ContestRow[] = players.map((p, i) => ({
    simIndex: i,
    positions: [p.position],
    salary: p.salary,
    team: p.team,
    gameKey: p.gameKey,
    captainRow: false,
    ownership: 0,
    mean: p.mean,
  }));
  const ours = { slotCount: 5, entryCount: 3, rows: Int32Array.of(0, 4, 1, 2, 5, 6, 8, 7, 3, 9, 0, 4, 1, 3, 9) };
  const payout = {
    name: 't',
    entryFee: 5,
    fieldSize: 300,
    source: 'user' as const,
    tiers: [
      { minPosition: 1, maxPosition: 1, amount: 300 },
      { minPosition: 2, maxPosition: 10, amount: 50 },
      { minPosition: 11, maxPosition: 70, amount: 10 },
    ],
  };
  const input = { sport: 'NFL' as const, rows, rules, payout, ours, draws, playerCount: players.length, sims, seed: 4, ownership: 'estimate' as const };

  it('when the same seed runs chunked, in workers, or whole, then the results are identical', async () => {
    const prepared = prepareContest(input);
    expect(prepareContest(input).field.rows).toEqual(prepared.field.rows);
    const simMajor = transposeToSimMajor(draws, players.length, sims, 0, sims);
    const whole = reduceContest([scoreContestRange(prepared.scoring, simMajor, players.length, 0, sims)], sims, 5, prepared.duplicates);
    const chunked = reduceContest(
      planChunks(sims, 300).map((c) => scoreContestRange(prepared.scoring, transposeToSimMajor(draws, players.length, sims, c.simStart, c.simEnd), players.length, c.simStart, c.simEnd)),
      sims,
      5,
      prepared.duplicates,
    );
    const threaded = reduceContest(await scoreContestParallel(prepared.scoring, simMajor, players.length, { simStart: 0, simEnd: sims }, 2, 200), sims, 5, prepared.duplicates);
    expect(chunked).toEqual(whole);
    const joined = concatPartials(planChunks(sims, 200).map((c) => scoreContestRange(prepared.scoring, transposeToSimMajor(draws, players.length, sims, c.simStart, c.simEnd), players.length, c.simStart, c.simEnd)));
    expect(reduceContest([joined], sims, 5, prepared.duplicates)).toEqual(whole);
    expect(threaded).toEqual(whole);
    expect(whole[0]!.cashRate).toBeGreaterThan(0);
  });

  it('when every entry is one of ours, then the average payouts add up to the prize pool (nothing lost or double paid)', () => {
    const prepared = prepareContest(input);
    const all = { ...prepared.scoring, ours: Int32Array.from({ length: prepared.scoring.entryCount }, (_, i) => i) };
    const simMajor = transposeToSimMajor(draws, players.length, sims, 0, sims);
    const results = reduceContest([scoreContestRange(all, simMajor, players.length, 0, sims)], sims, 5, new Int32Array(all.ours.length));
    const paid = results.reduce((s, r) => s + r.averagePayout, 0);
    expect(paid).toBeCloseTo(300 + 9 * 50 + 60 * 10, 6);
    expect(results.reduce((s, r) => s + r.winRate, 0)).toBeCloseTo(1, 9);
    // Average finish over all entries is the middle position.
    expect(results.reduce((s, r) => s + r.averageFinish, 0) / results.length).toBeCloseTo((all.ours.length + 1) / 2, 6);
  });

  it('when every entry is ours, then in every single sim the winnings add up to the prize pool, ties split exactly', () => {
    const prepared = prepareContest(input);
    const all = { ...prepared.scoring, ours: Int32Array.from({ length: prepared.scoring.entryCount }, (_, i) => i) };
    const pool = 300 + 9 * 50 + 60 * 10;
    let tiedSims = 0;
    for (let s = 0; s < 40; s++) {
      // One sim per call: its payout block holds exactly that sim's winnings.
      const one = transposeToSimMajor(draws, players.length, sims, s, s + 1);
      const partial = scoreContestRange(all, one, players.length, 0, 1);
      expect(partial.payoutBlocks.reduce((a, b) => a + b, 0)).toBeCloseTo(pool, 9);
      expect(partial.fieldSamples![4]).toBeCloseTo(pool, 9);
      const scores = new Set<number>();
      for (let e = 0; e < all.entryCount; e++) {
        let x = 0;
        for (let k = 0; k < 5; k++) x += one[all.players[e * 5 + k]!]!;
        scores.add(x);
      }
      if (scores.size < all.entryCount) tiedSims++;
    }
    // The generated field holds duplicates, so the sims above include ties that split prizes.
    expect(prepared.fieldStats.duplicateRate).toBeGreaterThan(0);
    expect(tiedSims).toBeGreaterThan(0);
  });

  it('when the contest runs, then the field summary reports the ROI identity and score spreads in order', async () => {
    const { field, results } = await simulateContest(input);
    expect(field.meanRoi).toBeCloseTo((300 + 9 * 50 + 60 * 10) / (5 * 300) - 1, 12);
    expect(field.roiCheck.paidMin).toBeCloseTo(1350, 6);
    expect(field.roiCheck.paidMax).toBeCloseTo(1350, 6);
    expect(field.roiCheck.sampledSims).toBe(500);
    expect(field.winningScore.p10).toBeLessThanOrEqual(field.winningScore.p50);
    expect(field.winningScore.p50).toBeLessThanOrEqual(field.winningScore.p90);
    expect(field.cashLine.p50).toBeLessThan(field.winningScore.p50);
    expect(field.medianScore).toBeLessThan(field.cashLine.p50);
    expect(results).toHaveLength(3);
  });

  it('when a field is generated, then every lineup is legal: eligible slots, distinct players, under the cap', () => {
    const { field } = prepareContest(input);
    for (let e = 0; e < field.entryCount; e++) {
      const picked = Array.from(field.rows.subarray(e * 5, e * 5 + 5));
      expect(new Set(picked).size).toBe(5);
      expect(picked.reduce((s, r) => s + rows[r]!.salary, 0)).toBeLessThanOrEqual(30_000);
      picked.forEach((r, k) => expect(rules.slots[k]!.eligible).toContain(rows[r]!.positions[0]));
    }
  });

  it('when the projection error is on, then sim s is scored in world s % count, on its own field and the moved draws', () => {
    const prepared = prepareContest(input);
    const worlds = prepared.scoring.worlds!;
    expect(worlds.count).toBe(8);
    // Different truths, different fields; our lineups close every world's field the same way.
    expect(worlds.players[1]).not.toEqual(worlds.players[0]);
    const k = 5;
    const oursAt = prepared.scoring.ours[0]!;
    expect(Array.from(worlds.players[3]!.subarray(oursAt * k, oursAt * k + k))).toEqual(Array.from(worlds.players[0]!.subarray(oursAt * k, oursAt * k + k)));
    const all = { ...prepared.scoring, ours: Int32Array.from({ length: prepared.scoring.entryCount }, (_, i) => i) };
    const simMajor = transposeToSimMajor(draws, players.length, sims, 0, 100);
    const partial = scoreContestRange(all, simMajor, players.length, 0, 100);
    // Sim 10 (world 2): the winning score is the best entry of world 2's field on the draws moved to world 2's truth.
    const n = players.length;
    const moved = (p: number): number => worlds.center[p]! + worlds.shift[2 * n + p]! + worlds.scale[p]! * (simMajor[10 * n + p]! - worlds.center[p]!);
    let best = -Infinity;
    for (let e = 0; e < all.entryCount; e++) {
      let x = 0;
      for (let j = 0; j < k; j++) x += moved(worlds.players[2]![e * k + j]!);
      best = Math.max(best, x);
    }
    // fieldEvery = 2 (1,000 sims, 500 sampled): sim 10 is the 6th sample.
    expect(partial.fieldSamples![5 * 5]).toBeCloseTo(best, 3);
  });

  it('when the field knows what the projections miss, then our lineups built on the projections earn less than without it', async () => {
    const off = await simulateContest({ ...input, projectionError: { worlds: 1, sd: 0, crowd: 0, informed: 0 } });
    const on = await simulateContest({ ...input, projectionError: { worlds: 4, sd: 0.3, crowd: 2, informed: 1 } });
    const mean = (r: { results: { roi: number }[] }): number => r.results.reduce((s, x) => s + x.roi, 0) / r.results.length;
    expect(mean(on)).toBeLessThan(mean(off));
    // The identity holds in every world: every sampled sim pays the whole pool.
    expect(on.field.roiCheck.paidMin).toBeCloseTo(1350, 6);
    expect(on.field.roiCheck.paidMax).toBeCloseTo(1350, 6);
  });
});
