/** The optimizer's public interface: a pure library (no server, no database) plus its job list. */
export { optimizeLineups, type OptimizeOptions, type OptimizeResult, type OptimizeStats } from './optimize-lineups.js';
export { parseOptimizerRules, OptimizerRulesSchema, type OptimizerRules, type OptimizerRulesInput, type StackRule } from './rules-schema.js';
export { playersFromParsedSlate, type ParsedPlayerLike, type ProjectionInput } from './from-parsed-slate.js';
export { createWorkerBackend } from './engine/worker-backend.js';
export { createInThreadBackend } from './engine/in-thread-backend.js';
export { createLazyBackend } from './engine/lazy-backend.js';
export type { SolverBackend } from './engine/solve-protocol.js';
export { buildExposureReport, type ExposureReport, type MissedBound } from './exposure-report.js';
export { diagnoseInfeasible, type Diagnosis } from './diagnose-infeasible.js';
export type { Lineup, LineupSlot, LineupStack, OptimizerPlayer } from './types.js';
export { exportLineupsCsv, uploadCell, type ExportResult } from './export/export-lineups-csv.js';
export { parseUploadLineups, parseUploadCell, type UploadEntry, type UploadCell } from './export/parse-upload-lineups.js';
export { lateSwap, type LateSwapResult, type LateSwapEntry } from './late-swap.js';
export { isRuledOut, loadSlateOptimizerPlayers, type SlateOptimizerPlayers } from './data/load-optimizer-input.js';
export { toCsvLine } from './export/csv-text.js';
export {
  findUserLineupSets, findUserLineupSet, findUserLineupSetSlate, findSetLineups, countLineups, findLineupSetExtras, findUserLineupsById,
  createQueuedLineupSet, countUnfinishedLineupSets, cancelLineupSetRow, renameLineupSet, deleteLineupSet, type LineupSetRow,
} from './data/lineup-set-queries.js';

/**
 * Builds asking for more lineups than this go to `optimizer.build-large-lineups`, worked beside (not before) the
 * small builds' queue: one user's 10,000-lineup build never holds the worker another user's 20-lineup build needs.
 */
export const LARGE_BUILD_LINEUPS = 150;

export { buildSimDrawPool, type SimDrawPool, type SimDrawPoolOptions, type PoolLineup } from './sim-pool/sim-draw-pool.js';
