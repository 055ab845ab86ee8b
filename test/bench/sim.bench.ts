/**
 * Simulation benchmarks (issue 7):
 *  - projections: the real DK NFL 2022-11-20 main slate (563 players, 11 games) x 10,000 sims on one thread,
 *    model build + sampling + per-player summaries, target <= 2 s;
 *  - contest: a 10,000-entry generated field + 150 of our lineups x 10,000 sims on two worker threads, ownership
 *    estimated (value + sim-optimal frequency), field generated and scored, target <= 20 s.
 * Run alone with `npx tsx test/bench/sim.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { adjustPlayers } from '../../src/sim/adjust/adjust-players.js';
import type { ContestRow } from '../../src/sim/contest/contest-types.js';
import { generateField } from '../../src/sim/contest/generate-field.js';
import { estimateLobbyPayouts, parseDkLobbyContests } from '../../src/sim/contest/parse-dk-contest.js';
import { reduceContest } from '../../src/sim/contest/reduce-contest.js';
import { prepareContest } from '../../src/sim/contest/simulate-contest.js';
import { transposeToSimMajor } from '../../src/sim/contest/transpose-draws.js';
import { scoreContestParallel } from '../../src/sim/workers/run-contest-workers.js';
import { prepareModel } from '../../src/sim/engine/prepare-model.js';
import { sampleDraws } from '../../src/sim/engine/sample-draws.js';
import { summarizeDraws } from '../../src/sim/engine/summarize-draws.js';
import { loadDkRows, simFixture, toProjectionInputs } from '../sim/support/load-dk-slate.js';
import { createDb } from '../../src/core/db.js';
import { runProjectionsInline } from '../../src/sim/index.js';
import { seedDkSlate } from '../sim/support/seed-slate.js';
import { withBenchDatabase, type Bench, type BenchMetric } from './bench-support.js';
import { getSiteRules } from '../../src/sites/index.js';


const SIMS = 10_000;
const SEED = 20221120;

async function run(): Promise<BenchMetric[]> {
  const rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv');
  const inputs = toProjectionInputs(rows);
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const players = adjustPlayers('NFL', inputs);
  const model = prepareModel(players, { sport: 'NFL' });
  const t1 = performance.now();
  const draws = sampleDraws(model, SEED, { simStart: 0, simEnd: SIMS });
  const t2 = performance.now();
  summarizeDraws(draws, SIMS, players.map((p) => p.salary));
  const t3 = performance.now();
  const c3 = cpu();

  const rules = getSiteRules('draftkings', 'NFL', 'classic');
  const keyIndex = new Map(players.map((p, i) => [p.key, i]));
  const contestRows: ContestRow[] = rows.map((r) => ({
    simIndex: keyIndex.get(r.playerKey)!,
    positions: r.positions,
    salary: r.salary,
    team: r.team,
    gameKey: r.gameKey,
    captainRow: false,
    ownership: 0,
    mean: players[keyIndex.get(r.playerKey)!]!.mean,
  }));
  const lobby = parseDkLobbyContests(JSON.parse(readFileSync(simFixture('dk_lobby_getcontests_nfl_2023-12-03_TRIMMED.json'), 'utf8')));
  const milly = lobby.find((c) => c.id === 155079174)!;
  const payout = estimateLobbyPayouts(milly, 10_150);
  // "Our" 150 lineups: projection-weighted random stacks (a stand-in for an optimizer's output; the timing does
  // not depend on which lineups they are).
  const oursRows = contestRows.map((r) => ({ ...r, ownership: r.mean > 0 ? (r.mean / 10) ** 3 : 0 }));
  const ours = generateField(oursRows, rules, { sport: 'NFL', entries: 150, seed: SEED + 1, calibrate: false }).lineups;
  const t4 = performance.now();
  const c4 = cpu();
  const prepared = prepareContest({
    sport: 'NFL',
    rows: contestRows,
    rules,
    payout,
    ours,
    draws,
    playerCount: model.playerCount,
    sims: SIMS,
    seed: SEED,
    ownership: 'estimate',
  });
  const t4b = performance.now();
  const simMajor = transposeToSimMajor(draws, model.playerCount, SIMS, 0, SIMS);
  const partials = await scoreContestParallel(prepared.scoring, simMajor, model.playerCount, { simStart: 0, simEnd: SIMS }, 2);
  const results = reduceContest(partials, SIMS, payout.entryFee, prepared.duplicates);
  const t5 = performance.now();
  const c5 = cpu();
  const best = [...results].sort((a, b) => b.roi - a.roi)[0]!;
  const totalRoi = results.reduce((s, r) => s + r.roi, 0) / results.length;
  const stored = await withBenchDatabase(async (url) => {
    const db = createDb(url, { max: 4 });
    try {
      const { slateId } = await seedDkSlate(db, rows);
      const t6 = performance.now();
      await runProjectionsInline(db, { slateId, sims: SIMS, seed: SEED });
      return performance.now() - t6;
    } finally {
      await db.$disconnect();
    }
  });
  return [
    { name: 'projections: model build (563 players, 11 games)', value: Math.round(t1 - t0), unit: 'ms' },
    { name: 'projections: sample 563 x 10,000 sims', value: Math.round(t2 - t1), unit: 'ms', note: `${((model.playerCount * SIMS) / ((t2 - t1) / 1000) / 1e6).toFixed(1)} M samples/s` },
    { name: 'projections: per-player summaries', value: Math.round(t3 - t2), unit: 'ms' },
    { name: 'projections: 563-player NFL slate x 10,000 sims, one thread (total)', value: Math.round(t3 - t0), unit: 'ms', target: 2000, note: `process CPU ${Math.round(c3 - c0)} ms (wall > CPU means the machine was busy)` },
    {
      name: 'projections run through PostgreSQL: plan, 4 chunks stored, reduce, 563 projections + 22.5 MB of draws',
      value: Math.round(stored),
      unit: 'ms',
      note: 'what `sportsdata simulate` and the jobs do end to end; includes reading inputs and the ownership estimate',
    },
    { name: 'contest: ownership estimate (300 sim-optimal lineups) + 10,000-entry field', value: Math.round(t4b - t4), unit: 'ms' },
    { name: 'contest: score 10,150 entries x 10,000 sims + rank ours, 2 worker threads', value: Math.round(t5 - t4b), unit: 'ms', note: `${((10_150 * SIMS) / ((t5 - t4b) / 1000) / 1e6).toFixed(1)} M lineup-scores/s` },
    {
      name: 'contest: 10,000 field + 150 ours x 10,000 sims, 2 threads (total)',
      value: Math.round(t5 - t4),
      unit: 'ms',
      target: 20_000,
      note: `process CPU ${Math.round(c5 - c4)} ms over both threads; field ownership error ${(prepared.fieldStats.ownershipError * 100).toFixed(2)} pts, avg salary ${Math.round(prepared.fieldStats.averageSalary)}; our 150 stand-in lineups: mean ROI ${(totalRoi * 100).toFixed(1)}%, best ${(best.roi * 100).toFixed(1)}%`,
    },
  ];
}

export const bench: Bench = { name: 'sim', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const metrics = await run();
  for (const m of metrics) console.log(`${m.name}: ${m.value} ${m.unit}${m.target ? ` (target <= ${m.target})` : ''}${m.note ? ` — ${m.note}` : ''}`);
}
