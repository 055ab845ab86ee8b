/**
 * The optimizer's solving API (HiGHS and the exact search; no database). Heavy: import it lazily
 * (`await import('../optimizer/solve.js')`) where lineups are built, never from a module a light role loads.
 * It repeats index.ts, so a caller needs one import.
 */
export * from './index.js';
export { optimizeLineups } from './optimize-lineups.js';
export { createWorkerBackend } from './engine/worker-backend.js';
export { createInThreadBackend } from './engine/in-thread-backend.js';
export { createLazyBackend } from './engine/lazy-backend.js';
export { lateSwap } from './late-swap.js';
export { buildSimDrawPool } from './sim-pool/sim-draw-pool.js';
