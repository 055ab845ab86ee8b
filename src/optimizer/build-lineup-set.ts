import type { Db } from '../core/db.js';
import { isAppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { loadOptimizerInput } from './data/load-optimizer-input.js';
import { markCancelled, markLineupSet, markRunning, readLineupSetStatus, storeLineups } from './data/store-lineup-set.js';
import { countLineups } from './data/lineup-set-queries.js';
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

/** Thrown from the progress hook once the set is cancelled: it unwinds the build at its next accepted lineup. */
class BuildCancelled extends Error {}

/** How often a running build looks at its set's status (the user may cancel it from the API or dashboard). */
const CANCEL_CHECK_MS = 1_000;

/**
 * The optimizer.build-lineups story: load the set's slate, projection set and rules; build the lineups
 * reporting progress; store them with the exposure report. Rules that cannot be met are the user's problem, not
 * a crash: the set is marked failed with the diagnosis (no retry). A finished set is left alone.
 */
export async function buildLineupSet(db: Db, lineupSetId: number, options: { logger?: Logger; workers?: number; backend?: SolverBackend; signal?: AbortSignal; jobId?: string; lastAttempt?: boolean } = {}): Promise<BuildLineupSetResult> {
  const input = await loadOptimizerInput(db, lineupSetId);
  if (input.status === 'done') return { lineupSetId, status: 'done', lineups: await countLineups(db, lineupSetId) };
  if (input.status === 'cancelled') return { lineupSetId, status: 'cancelled', lineups: 0 };
  if (!(await markRunning(db, lineupSetId))) return { lineupSetId, status: 'cancelled', lineups: 0 };
  // Cancel: the job's signal (pg-boss cancel) or the set's status (the owner's cancel), looked at every second.
  const cancelled = new AbortController();
  const stop = (): void => { if (!cancelled.signal.aborted) cancelled.abort(); };
  options.signal?.addEventListener('abort', stop, { once: true });
  const watch = setInterval(() => {
    readLineupSetStatus(db, lineupSetId)
      .then((status) => { if (status === null || status === 'cancelled') stop(); })
      .catch(() => undefined);
  }, CANCEL_CHECK_MS);
  watch.unref();
  try {
    const raw = (input.rules ?? {}) as Record<string, unknown>;
    const parsed = parseOptimizerRules({ ...raw, lineups: input.requested });
    const rules = { ...parsed, exposure: { ...parsed.exposure, players: { ...input.exposure, ...parsed.exposure.players } } };
    // Progress writes go one after another and only upward: parallel writes landed out of order (0.99, then 0.25).
    let lastWrite = 0;
    let shown = 0;
    let writes: Promise<void> = Promise.resolve();
    const optimizing = optimizeLineups(input.players, input.siteRules, rules, {
      backend: options.backend ?? backendFor(options.workers ?? 2),
      ...(input.draws ? { draws: input.draws } : {}),
      onProgress: (done, total) => {
        if (cancelled.signal.aborted) throw new BuildCancelled();
        const value = Math.min(0.99, done / total);
        const now = Date.now();
        if (value <= shown || (now - lastWrite < 500 && done < total)) return;
        lastWrite = now;
        shown = value;
        writes = writes.then(() => markLineupSet(db, lineupSetId, { progress: value })).catch(() => undefined);
      },
    });
    // The build stops at its next accepted lineup; the job returns at once either way.
    optimizing.catch(() => undefined);
    const aborted = new Promise<never>((_, reject) => {
      if (cancelled.signal.aborted) reject(new BuildCancelled());
      cancelled.signal.addEventListener('abort', () => reject(new BuildCancelled()), { once: true });
    });
    aborted.catch(() => undefined);
    const result = await Promise.race([optimizing, aborted]);
    await writes;
    if (cancelled.signal.aborted) throw new BuildCancelled();
    const report = { exposure: result.exposure, missedExposure: result.missedExposure, warnings: result.warnings, stats: result.stats, stacks: result.lineups.map((l) => l.stacks) };
    const stored = await storeLineups(db, lineupSetId, result.lineups, input.slatePlayerIds, JSON.parse(JSON.stringify(report)) as object);
    if (!stored) return { lineupSetId, status: 'cancelled', lineups: 0 };
    options.logger?.info({ lineupSetId, lineups: result.lineups.length, seconds: result.stats.wallSeconds }, 'lineup set built');
    return { lineupSetId, status: 'done', lineups: result.lineups.length };
  } catch (error) {
    if (error instanceof BuildCancelled) {
      await markCancelled(db, lineupSetId);
      options.logger?.info({ lineupSetId }, 'lineup set cancelled: build stopped');
      return { lineupSetId, status: 'cancelled', lineups: 0 };
    }
    if (!isAppError(error)) {
      // A crash (database, engine) is retried; after the last attempt the set says failed with a line for the
      // user (never the raw error, which the log keeps) instead of staying "running" forever.
      options.logger?.error({ lineupSetId, err: (error as Error).message }, 'lineup build crashed');
      if (options.lastAttempt) {
        await markLineupSet(db, lineupSetId, { status: 'failed', error: `the build failed on an internal error; the optimizer log of job ${options.jobId ?? '?'} has the details`, finishedAt: new Date() }).catch(() => undefined);
      }
      throw error;
    }
    const details = error.details === undefined ? {} : { diagnosis: JSON.parse(JSON.stringify(error.details)) as object };
    await markLineupSet(db, lineupSetId, { status: 'failed', error: error.message, report: { code: error.code, ...details }, finishedAt: new Date() });
    return { lineupSetId, status: 'failed', lineups: 0, error: error.message };
  } finally {
    clearInterval(watch);
    options.signal?.removeEventListener('abort', stop);
  }
}
