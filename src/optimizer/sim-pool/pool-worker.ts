import { parentPort } from 'node:worker_threads';
import type { SiteRules } from '../../core/site-rules.js';
import type { OptimizerRules } from '../rules-schema.js';
import type { OptimizerPlayer } from '../types.js';
import { solveDraws, type DrawSolution } from './solve-draws.js';

/** One chunk of a sim-draw pool: the slate, the rules, the shared draws and which draws to solve here. */
export interface PoolTask {
  players: OptimizerPlayer[];
  siteRules: SiteRules;
  rules: OptimizerRules;
  draws: SharedArrayBuffer;
  indexes: number[];
  blend: number;
}

export type PoolReply = { type: 'solved'; solutions: DrawSolution[] } | { type: 'done' } | { type: 'error'; message: string };

/** Sends solutions in small batches, so the pool's progress moves without a message per draw. */
parentPort?.on('message', (task: PoolTask) => {
  const port = parentPort;
  if (!port) return;
  try {
    let batch: DrawSolution[] = [];
    solveDraws(task.players, task.siteRules, task.rules, new Float64Array(task.draws), task.indexes, task.blend, (s) => {
      batch.push(s);
      if (batch.length >= 25) {
        port.postMessage({ type: 'solved', solutions: batch } satisfies PoolReply);
        batch = [];
      }
    });
    if (batch.length > 0) port.postMessage({ type: 'solved', solutions: batch } satisfies PoolReply);
    port.postMessage({ type: 'done' } satisfies PoolReply);
  } catch (error) {
    port.postMessage({ type: 'error', message: (error as Error).message } satisfies PoolReply);
  }
});
