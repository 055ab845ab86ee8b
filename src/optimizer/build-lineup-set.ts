import type { Db } from '../core/db.js';
import { isAppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { loadOptimizerInput } from './data/load-optimizer-input.js';
import { markLineupSet, storeLineups } from './data/store-lineup-set.js';
import { createWorkerBackend } from './engine/worker-backend.js';
import type { SolverBackend } from './engine/solve-protocol.js';
import { optimizeLineups } from './optimize-lineups.js';
import { parseOptimizerRules } from './rules-schema.js';

let sharedBackend: SolverBackend | null = null;

/** One warm worker pool per optimizer process, reused by every job (each worker pays the HiGHS start once). */
function backendFor(workers: number): SolverBackend {
  sharedBackend ??= createWorkerBackend(workers);
  return sharedBackend;
}

/** Closes the shared pool (role shutdown, tests). */
export async function closeOptimizerBackend(): Promise<void> {
  const b = sharedBackend;
  sharedBackend = null;
  await b?.close();
}

export interface BuildLineupSetResult { lineupSetId: number; status: string; lineups: number; error?: string }

/**
 * The optimizer.build-lineups story: load the set's slate, projection set and rules; build the lineups
 * reporting progress; store them with the exposure report. Rules that cannot be met are the user's problem, not
 * a crash: the set is marked failed with the diagnosis (no retry). A finished set is left alone.
 */
export async function buildLineupSet(db: Db, lineupSetId: number, options: { logger?: Logger; workers?: number; backend?: SolverBackend } = {}): Promise<BuildLineupSetResult> {
  const input = await loadOptimizerInput(db, lineupSetId);
  if (input.status === 'done') return { lineupSetId, status: 'done', lineups: await db.lineup.count({ where: { lineupSetId } }) };
  await markLineupSet(db, lineupSetId, { status: 'running', progress: 0, error: null });
  try {
    const raw = (input.rules ?? {}) as Record<string, unknown>;
    const parsed = parseOptimizerRules({ ...raw, lineups: input.requested });
    const rules = { ...parsed, exposure: { ...parsed.exposure, players: { ...input.exposure, ...parsed.exposure.players } } };
    // Progress writes go one after another and only upward: parallel writes landed out of order (0.99, then 0.25).
    let lastWrite = 0;
    let shown = 0;
    let writes: Promise<void> = Promise.resolve();
    const result = await optimizeLineups(input.players, input.siteRules, rules, {
      backend: options.backend ?? backendFor(options.workers ?? 2),
      ...(input.draws ? { draws: input.draws } : {}),
      onProgress: (done, total) => {
        const value = Math.min(0.99, done / total);
        const now = Date.now();
        if (value <= shown || (now - lastWrite < 500 && done < total)) return;
        lastWrite = now;
        shown = value;
        writes = writes.then(() => markLineupSet(db, lineupSetId, { progress: value })).catch(() => undefined);
      },
    });
    await writes;
    const report = { exposure: result.exposure, missedExposure: result.missedExposure, warnings: result.warnings, stats: result.stats, stacks: result.lineups.map((l) => l.stacks) };
    await storeLineups(db, lineupSetId, result.lineups, input.slatePlayerIds, JSON.parse(JSON.stringify(report)) as object);
    options.logger?.info({ lineupSetId, lineups: result.lineups.length, seconds: result.stats.wallSeconds }, 'lineup set built');
    return { lineupSetId, status: 'done', lineups: result.lineups.length };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const details = error.details === undefined ? {} : { diagnosis: JSON.parse(JSON.stringify(error.details)) as object };
    await markLineupSet(db, lineupSetId, { status: 'failed', error: error.message, report: { code: error.code, ...details }, finishedAt: new Date() });
    return { lineupSetId, status: 'failed', lineups: 0, error: error.message };
  }
}
