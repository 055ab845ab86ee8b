/**
 * The optimizer's light public interface: rules, types and the site's lineup files. It loads neither the solver nor
 * the database, so the API and the dashboard import it freely. The solving API is in solve.ts and the database
 * reader in slate-input.ts; other modules import those lazily (`await import(...)`) where they solve.
 */
export type { OptimizeStats } from './optimize-lineups.js';
export { parseOptimizerRules, OptimizerRulesSchema, type OptimizerRules, type OptimizerRulesInput } from './rules-schema.js';
export { playersFromParsedSlate, type ProjectionInput } from './from-parsed-slate.js';
export type { SolverBackend } from './engine/solve-protocol.js';
export type { Lineup, OptimizerPlayer } from './types.js';
export { exportLineupsCsv, uploadCell } from './export/export-lineups-csv.js';
export { parseUploadLineups, parseUploadCell, type UploadEntry, type UploadCell } from './export/parse-upload-lineups.js';
export { toCsvLine } from './export/csv-text.js';
export {
  findUserLineupSets, findUserLineupSet, findUserLineupSetSlate, findSetLineups, countLineups, findLineupSetExtras, findUserLineupsById,
  createQueuedLineupSet, countUnfinishedLineupSets, cancelLineupSetRow, renameLineupSet, deleteLineupSet, type LineupSetRow,
} from './data/lineup-set-queries.js';
export { loadOptimalShare, type OptimalShare } from './data/load-optimal-share.js';

/**
 * Builds asking for more lineups than this go to `optimizer.build-large-lineups`, worked beside (not before) the
 * small builds' queue: one user's 10,000-lineup build never holds the worker another user's 20-lineup build needs.
 */
export const LARGE_BUILD_LINEUPS = 150;
