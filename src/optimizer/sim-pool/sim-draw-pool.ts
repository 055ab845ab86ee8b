import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SiteRules } from '../../core/site-rules.js';
import { AppError } from '../../core/errors.js';
import { decodeLineup } from '../decode-lineup.js';
import { buildLineupModel } from '../model/build-lineup-model.js';
import type { OptimizerRules } from '../rules-schema.js';
import type { Lineup, OptimizerPlayer } from '../types.js';
import type { PoolReply, PoolTask } from './pool-worker.js';
import { solveDraws, type DrawSolution } from './solve-draws.js';

export interface SimDrawPoolOptions {
  /** How many draws to solve (default: all). Fewer than the draws: a random subset, reproducible by `seed`. */
  lineups?: number;
  seed?: number;
  /** Points = blend x projection + (1 - blend) x draw (default rules.simDraws?.blend or 0). */
  blend?: number;
  /** Worker threads (default: every core; 0 solves in this thread). */
  workers?: number;
  onProgress?: (solved: number, total: number) => void;
}

/** A distinct lineup of the pool and the draws it is optimal for. */
export interface PoolLineup {
  lineup: Lineup;
  draws: number[];
}

export interface SimDrawPool {
  /** Distinct lineups, most draws first (then by projection). */
  lineups: PoolLineup[];
  /** Draws solved, and those with no lineup at all (the rules allow none). */
  solved: number;
  infeasible: number;
  seconds: number;
  workers: number;
}

/**
 * A pool of lineups for the portfolio step: each chosen draw (a simulated outcome) gets the lineup that scores best
 * in it under `rules` (stacks, locks, excludes... apply; exposure and uniqueness are the portfolio's business and
 * are not applied). Draws are independent searches, so they run in parallel on worker threads, each thread
 * warm-starting every draw from its previous lineup (see solveDraws). `draws[k][i]` = points of players[i] in draw k.
 */
export async function buildSimDrawPool(players: OptimizerPlayer[], siteRules: SiteRules, rules: OptimizerRules,
  draws: ReadonlyArray<ArrayLike<number>>, options: SimDrawPoolOptions = {}): Promise<SimDrawPool> {
  const started = performance.now();
  if (draws.length === 0) throw new AppError('no_draws', 'a sim-draw pool needs simulation draws and none were given');
  const bad = draws.findIndex((d) => d.length !== players.length);
  if (bad >= 0) throw new AppError('invalid_draws', `sim draw ${bad + 1} has ${draws[bad]?.length ?? 0} values for ${players.length} players`);
  const n = players.length;
  const shared = new SharedArrayBuffer(draws.length * n * 8);
  const flat = new Float64Array(shared);
  draws.forEach((d, k) => { for (let i = 0; i < n; i += 1) flat[k * n + i] = d[i] ?? 0; });
  const indexes = chooseDraws(draws.length, options.lineups ?? draws.length, options.seed ?? 1);
  const blend = options.blend ?? rules.simDraws?.blend ?? 0;
  const poolRules: OptimizerRules = { ...rules, lineups: 1, randomness: undefined, simDraws: undefined, minUnique: 1, exposure: { ...rules.exposure, maxPlayer: undefined, players: {}, teams: {} } };
  const workers = Math.max(0, Math.min(options.workers ?? availableParallelism(), Math.ceil(indexes.length / 50)));

  let solvedCount = 0;
  const onSolved = (s: DrawSolution): void => {
    solvedCount += 1;
    options.onProgress?.(solvedCount, indexes.length);
  };
  let solutions: DrawSolution[];
  if (workers === 0) {
    solutions = solveDraws(players, siteRules, poolRules, flat, indexes, blend, onSolved);
  } else {
    // Interleaved chunks: neighbouring draws are alike in difficulty, so every thread gets an even share.
    const chunks = Array.from({ length: workers }, (_, w) => indexes.filter((_, i) => i % workers === w));
    const parts = await Promise.all(chunks.map((chunk) => runChunk({ players, siteRules, rules: poolRules, draws: shared, indexes: chunk, blend }, onSolved)));
    solutions = parts.flat();
  }

  const model = buildLineupModel(players, siteRules, poolRules);
  const byKey = new Map<string, { ones: number[]; draws: number[] }>();
  let infeasible = 0;
  for (const s of solutions) {
    if (!s.ones) {
      infeasible += 1;
      continue;
    }
    const key = s.ones.join(',');
    const held = byKey.get(key);
    if (held) held.draws.push(s.draw);
    else byKey.set(key, { ones: s.ones, draws: [s.draw] });
  }
  const lineups = [...byKey.values()].map((v, i) => ({ lineup: decodeLineup(model, v.ones, i + 1), draws: v.draws.sort((a, b) => a - b) }));
  lineups.sort((a, b) => b.draws.length - a.draws.length || b.lineup.projection - a.lineup.projection);
  lineups.forEach((l, i) => { l.lineup.index = i + 1; });
  return { lineups, solved: solutions.length, infeasible, seconds: Math.round((performance.now() - started) / 10) / 100, workers };
}

/** `count` distinct draw indexes: all of them in order, or a seeded random subset (partial Fisher-Yates). */
function chooseDraws(total: number, count: number, seed: number): number[] {
  const all = Array.from({ length: total }, (_, i) => i);
  if (count >= total) return all;
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(next() * (total - i));
    [all[i], all[j]] = [all[j] ?? j, all[i] ?? i];
  }
  return all.slice(0, count).sort((x, y) => x - y);
}

/** Starts the worker file next to this module (through tsx's loader when running from TypeScript sources). */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pool-worker.js', import.meta.url));
  const api = import.meta.resolve('tsx/esm/api');
  const target = new URL('./pool-worker.ts', import.meta.url).href;
  const boot = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(target)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

function runChunk(task: PoolTask, onSolved: (s: DrawSolution) => void): Promise<DrawSolution[]> {
  return new Promise((resolve, reject) => {
    const worker = spawnWorker();
    const out: DrawSolution[] = [];
    const finish = (error: Error | null): void => {
      void worker.terminate();
      if (error) reject(error);
      else resolve(out);
    };
    worker.on('message', (reply: PoolReply) => {
      if (reply.type === 'solved') {
        for (const s of reply.solutions) {
          out.push(s);
          onSolved(s);
        }
      } else if (reply.type === 'done') finish(null);
      else finish(new Error(`sim-draw pool worker: ${reply.message}`));
    });
    worker.on('error', (e) => finish(e));
    worker.postMessage(task);
  });
}
