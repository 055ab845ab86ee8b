/**
 * Optimizer benchmark (issue 4): 150 DK NFL classic lineups on the real 2022-11-20 main slate (563 players),
 * projection = AvgPointsPerGame, QB + 2 WR/TE stack, 50% max exposure, 3 unique players, on two worker threads.
 * Target: a tenth of pydfs-lineup-optimizer's time on this machine (PERFORMANCE.md: 64.5-79.6 s) => <= 7 s, with
 * lineup #1 the true optimum (checked against a separate unpartitioned exact solve).
 * Mode "fast" (the default above 20 lineups): lineup #1 proven optimal; every later solve starts from the slice's last
 * lineup repaired by local search and stops within 0.5% of its bound or after 0.02 s. The note reports how many solves
 * the time limit stopped and how far the lineups may lie below the proven bounds (loose: root LP bounds).
 * Wall time depends on what else the machine runs: the process CPU time (all threads) and load average are
 * reported too; on an idle 2-core machine the wall time is about CPU / 2.
 * The exact-mode figure for the same build (22,974.02 points summed, 638 s on this loaded machine) is quoted in
 * the note, measured once; rerun it with `npx tsx test/bench/optimizer.bench.ts --exact` (minutes).
 * Run alone with `npx tsx test/bench/optimizer.bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { getSiteRules } from '../../src/core/site-rules.js';
import { createWorkerBackend, optimizeLineups, parseOptimizerRules } from '../../src/optimizer/index.js';
import type { Bench, BenchMetric } from './bench-support.js';
import { readFileSync } from 'node:fs';
import { parseSalaryFile } from '../../src/ingest/dfs/index.js';
import { playersFromParsedSlate } from '../../src/optimizer/index.js';

const SLATE = new URL('../fixtures/optimizer/dk_nfl_classic_2022-11-20_DKSalaries.csv', import.meta.url);

async function run(): Promise<BenchMetric[]> {
  const slate = parseSalaryFile(readFileSync(SLATE), { site: 'draftkings', fileName: 'DKSalaries.csv' });
  const players = playersFromParsedSlate(slate.players, slate.games);
  const site = getSiteRules('draftkings', 'NFL', 'classic');
  const rules = parseOptimizerRules({
    mode: process.argv.includes('--exact') ? 'exact' : 'auto',
    lineups: 150, minUnique: 3, exposure: { maxPlayer: 0.5 },
    stacks: [{ kind: 'team', positions: [['QB'], ['WR', 'TE'], ['WR', 'TE']] }],
  });
  // The reference optimum: one lineup, no partitions, in this thread.
  const single = await optimizeLineups(players, site, { ...rules, lineups: 1, stacks: rules.stacks });
  const optimum = single.lineups[0]?.projection ?? Number.NaN;

  const backend = createWorkerBackend(2);
  try {
    // Warm-up builds the workers' HiGHS runtimes once, like a long-running optimizer role would have them.
    await optimizeLineups(players, site, { ...rules, lineups: 1 }, { backend });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await optimizeLineups(players, site, rules, { backend });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const load = loadavg()[0] ?? 0;
    const total = result.lineups.reduce((t, l) => t + l.projection, 0);
    const first = result.lineups[0]?.projection ?? Number.NaN;
    const last = result.lineups.at(-1)?.projection ?? Number.NaN;
    const gap = result.stats.gapToBound;
    return [
      { name: 'optimizer: 150 DK NFL lineups (stack, 50% exp, 3 unique), 2 workers', value: round(seconds), unit: 's', target: 7,
        note: `${result.lineups.length} lineups, ${result.stats.mode}, ${result.stats.solves} solves in ${result.stats.partitions} slices, lineup #1 at ${result.stats.firstLineupSeconds} s, process cpu ${round((cpu.user + cpu.system) / 1e6)} s, load avg ${round(load)}` },
      { name: 'optimizer: same, process CPU time (all threads)', value: round((cpu.user + cpu.system) / 1e6), unit: 's', target: 14, note: 'idle 2-core wall ~ cpu/2' },
      { name: 'optimizer: lineup #1 minus true optimum', value: round(first - optimum), unit: 'pts', target: 0, note: `#1 ${first}, optimum ${optimum}` },
      { name: 'optimizer: 150-lineup projection sum', value: round(total), unit: 'pts', note: `last lineup ${last}; exact sequential: 22974.02 (${round((total / 22974.02 - 1) * 100)}%)` },
      { name: 'optimizer: solves stopped by the time limit', value: result.stats.stoppedEarly, unit: 'solves', note: `of ${result.stats.solves}; ${result.stats.retries} retried with a longer limit; ${result.stats.unproven} lineups accepted beyond the ${FAST_GAP_NOTE}` },
      { name: 'optimizer: gap to the proven bound, worst lineup', value: gap?.worst ?? Number.NaN, unit: 'pts', note: gap ? `${gap.worstPct}% of its bound; summed over all lineups ${gap.total} pts (${round((gap.total / total) * 100)}% of the projection sum)` : 'not known' },
    ];
  } finally {
    await backend.close();
  }
}

const FAST_GAP_NOTE = '0.5% gap of the proven bound (time-limited solves)';

const round = (v: number): number => Math.round(v * 100) / 100;

export const bench: Bench = { name: 'optimizer', run };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const m of await run()) console.log(`${m.name}: ${m.value} ${m.unit}${m.target !== undefined ? ` (target ${m.target})` : ''}${m.note ? ` — ${m.note}` : ''}`);
}
