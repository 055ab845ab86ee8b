/**
 * Optimizer benchmark (issues 4 and 19) on the real DK NFL classic 2022-11-20 main slate (563 players),
 * projection = AvgPointsPerGame, against pydfs-lineup-optimizer's timings in ../shared/PERFORMANCE.md (copied below):
 * - cold CLI runs (a fresh `sportsdata optimize` process each, as a user runs it): 1, 20 and 150 lineups, with the
 *   process's peak memory (from /usr/bin/time when the machine has it);
 * - in-process: exact top 150 (its sum must be the true 24,866.99), 150 GPP lineups (QB + 2 WR/TE stack with a
 *   bring-back, 50% max exposure, 3 unique; every cap checked), and a pool of 3,000 sim-draw lineups on all cores.
 * Wall times depend on what else the machine runs: process CPU and the load average are in the notes.
 * Run alone with `npx tsx test/bench/optimizer.bench.ts`, or `npm run bench -- optimizer`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseSalaryFile } from '../../src/ingest/dfs/index.js';
import { buildSimDrawPool, optimizeLineups, parseOptimizerRules, playersFromParsedSlate } from '../../src/optimizer/solve.js';
import type { Bench, BenchMetric } from './bench-support.js';
import { getSiteRules } from '../../src/sites/index.js';

const SLATE = fileURLToPath(new URL('../fixtures/optimizer/dk_nfl_classic_2022-11-20_DKSalaries.csv', import.meta.url));
const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

/** pydfs-lineup-optimizer 3.6.1 (PuLP + CBC) on this slate, whole process, from ../shared/PERFORMANCE.md. */
const PEER = { one: 0.19, twenty: 3.1, exact150: 70.8, gpp150: 64.5 };
const TRUE_TOP150_SUM = 24866.99;

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;

/** One cold CLI run: wall seconds, peak RSS (MB, when /usr/bin/time exists) and the first line it printed. */
function cliRun(lineups: number): { seconds: number; peakMb: number | null; line: string } {
  const out = join(tmpdir(), `bench-optimizer-${process.pid}-${lineups}.csv`);
  const args = [BIN, 'optimize', '--site', 'draftkings', '--salaries', SLATE, '-n', String(lineups), '--out', out];
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const res = timed ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`sportsdata optimize -n ${lineups} failed: ${res.stderr}`);
  const kb = /peak-kb (\d+)/.exec(res.stderr ?? '')?.[1];
  return { seconds, peakMb: kb ? round(Number(kb) / 1024, 0) : null, line: (res.stdout ?? '').split('\n')[0] ?? '' };
}

/** Median of three cold runs (the figure drifts with the machine's load). */
function cliMedian(lineups: number): { seconds: number; peakMb: number | null; line: string } {
  const runs = [cliRun(lineups), cliRun(lineups), cliRun(lineups)].sort((a, b) => a.seconds - b.seconds);
  return runs[1] ?? runs[0] ?? { seconds: Number.NaN, peakMb: null, line: '' };
}

/** Seeded normal-noise draws (sd 40% of the projection, floored at 0): the sim engine's shape, not its numbers. */
function syntheticDraws(projections: number[], count: number): Float64Array[] {
  let a = 12345;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Float64Array.from(projections, (p) => {
    const z = Math.sqrt(-2 * Math.log(Math.max(next(), 1e-12))) * Math.cos(2 * Math.PI * next());
    return Math.max(0, p * (1 + 0.4 * z));
  }));
}

async function run(): Promise<BenchMetric[]> {
  const slate = parseSalaryFile(readFileSync(SLATE), { site: 'draftkings', fileName: 'DKSalaries.csv' });
  const players = playersFromParsedSlate(slate.players, slate.games);
  const site = getSiteRules('draftkings', 'NFL', 'classic');
  const metrics: BenchMetric[] = [];
  const peerNote = (seconds: number, peer: number): string => `pydfs ${peer} s; ours/pydfs ${round(seconds / peer, 3)}`;

  // Cold CLI: a new process each time, as a user runs it.
  const one = cliMedian(1);
  const twenty = cliMedian(20);
  const many = cliRun(150);
  metrics.push(
    { name: 'optimizer: CLI cold, 1 lineup', value: round(one.seconds), unit: 's', target: PEER.one, note: `${peerNote(one.seconds, PEER.one)}; median of 3; ${one.line}` },
    { name: 'optimizer: CLI cold, 20 lineups', value: round(twenty.seconds), unit: 's', target: round(PEER.twenty / 2), note: `target half of ${peerNote(twenty.seconds, PEER.twenty)}; median of 3; ${twenty.line}` },
    { name: 'optimizer: CLI cold, 150 lineups', value: round(many.seconds), unit: 's', target: round(PEER.exact150 / 10), note: `${peerNote(many.seconds, PEER.exact150)}; ${many.line}` },
    { name: 'optimizer: CLI 150 lineups, peak memory', value: many.peakMb ?? Number.NaN, unit: 'MB', target: 250, note: many.peakMb === null ? 'no /usr/bin/time here' : 'whole process (/usr/bin/time %M)' },
  );

  // In-process: exact top 150.
  const cpu0 = process.cpuUsage();
  let t0 = performance.now();
  const exact = await optimizeLineups(players, site, parseOptimizerRules({ lineups: 150, mode: 'exact' }));
  const exactSeconds = (performance.now() - t0) / 1000;
  const exactSum = exact.lineups.reduce((t, l) => t + l.projection, 0);
  metrics.push(
    { name: 'optimizer: exact top 150 (library)', value: round(exactSeconds), unit: 's', target: round(PEER.exact150 / 10), note: `${peerNote(exactSeconds, PEER.exact150)}; ${exact.stats.mode}; cpu ${round((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6)} s` },
    { name: 'optimizer: exact top-150 sum minus the true 24,866.99', value: round(exactSum - TRUE_TOP150_SUM), unit: 'pts', target: 0, note: `sum ${round(exactSum)}; lineup #1 ${exact.lineups[0]?.projection}` },
  );

  // In-process: GPP rules.
  const gppRules = parseOptimizerRules({
    lineups: 150, minUnique: 3, exposure: { maxPlayer: 0.5 },
    stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']], bringBack: { positions: ['WR', 'TE', 'RB'] } }],
  });
  const cpu1 = process.cpuUsage();
  t0 = performance.now();
  const gpp = await optimizeLineups(players, site, gppRules);
  const gppSeconds = (performance.now() - t0) / 1000;
  const overCap = gpp.exposure.players.filter((p) => p.count > 75).map((p) => `${p.name} ${p.count}`);
  metrics.push(
    { name: 'optimizer: 150 GPP lineups (QB+2 stack, bring-back, 50% exp, 3 unique)', value: round(gppSeconds), unit: 's', target: round(PEER.gpp150 / 10), note: `${peerNote(gppSeconds, PEER.gpp150)} (pydfs: same stack without bring-back); ${gpp.stats.mode}; cpu ${round((process.cpuUsage(cpu1).user + process.cpuUsage(cpu1).system) / 1e6)} s; sum ${round(gpp.lineups.reduce((t, l) => t + l.projection, 0))}` },
    { name: 'optimizer: GPP players over the 50% cap', value: overCap.length, unit: 'players', target: 0, note: overCap.join(', ') || `all ${gpp.lineups.length} lineups within every cap` },
  );

  // In-process: a group rule (2 of 3 Bills: Allen, Diggs, Davis) over 150 lineups. No peer figure: recorded so a
  // rule the search cannot start from (it went to HiGHS: 142 s for 20 lineups) shows up here.
  const bills = ['Josh Allen', 'Stefon Diggs', 'Gabe Davis'].map((name) => players.find((p) => p.name === name)?.id ?? name);
  const groupRules = parseOptimizerRules({ lineups: 150, minUnique: 2, groups: [{ name: 'bills', players: bills, min: 2 }] });
  t0 = performance.now();
  const grouped = await optimizeLineups(players, site, groupRules);
  metrics.push({ name: 'optimizer: 150 lineups with a 2-of-3 group', value: round((performance.now() - t0) / 1000), unit: 's', note: `${grouped.stats.mode}; ${grouped.lineups.length} lineups` });

  // In-process: sim-draw pool on every core.
  const draws = syntheticDraws(players.map((p) => p.projection), 3000);
  const cpu2 = process.cpuUsage();
  t0 = performance.now();
  const pool = await buildSimDrawPool(players, site, parseOptimizerRules({}), draws, {});
  const poolSeconds = (performance.now() - t0) / 1000;
  metrics.push({
    name: 'optimizer: pool of 3,000 sim-draw lineups', value: round(poolSeconds), unit: 's', target: 20,
    note: `${pool.workers} worker threads on ${availableParallelism()} cores; ${pool.lineups.length} distinct lineups; main-thread cpu ${round((process.cpuUsage(cpu2).user + process.cpuUsage(cpu2).system) / 1e6)} s`,
  });
  metrics.push({ name: 'optimizer: bench process peak memory (library runs)', value: round(process.resourceUsage().maxRSS / 1024, 0), unit: 'MB', note: `load avg ${round(loadavg()[0] ?? 0)}` });
  return metrics;
}

export const bench: Bench = { name: 'optimizer', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const m of await run()) console.log(`${m.name}: ${m.value} ${m.unit}${m.target !== undefined ? ` (target ${m.target})` : ''}${m.note ? ` — ${m.note}` : ''}`);
}
