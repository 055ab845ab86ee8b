/**
 * The public interface of the sim module: other modules import only this file.
 *
 * Stored draws: a set's ProjectionDrawBlock rows hold float32 little-endian values, one series of `drawCount` sims
 * per slate row, rows in ascending slatePlayerId order, split in blocks of rows (a showdown CPT row repeats its FLEX
 * row's raw points; the slot's pointsMultiplier applies on top). `loadSetDrawBytes` reads them all back (row-major),
 * `loadRowDraws` one row; `decodeDraws` views bytes as float32 and `decodeDrawRows` gives chosen rows draw-major (the
 * one draw decoder: every reader goes through src/sim/data/codec.ts).
 */
export { bytesToFloat32 as decodeDraws, drawMajorRows as decodeDrawRows } from './data/codec.js';
export { countDrawRows, loadRowDraws, loadSetDrawBytes } from './data/draw-blocks.js';
export { cancelRun } from './data/run-cancel.js';
export {
  findVisibleProjectionSets, findVisibleProjectionSet, findSetProjectionRows, findSetProjectionFields, countProjections, hasDraws,
  findVisibleDrawSets, findProjectionSetNames, findSetDrawShape, projectionFieldsSelect, type ProjectionSetSummaryRow,
} from './data/projection-set-queries.js';
export {
  findVisibleRuns, findVisibleRun, readRunResult, findRunByJobId, findStartedJobIds, findRunForCancel, type SimulationRunRow,
} from './data/simulation-queries.js';
export { MAX_CONTEST_FIELD_SIZE, MAX_CONTEST_LINEUPS, MAX_PAYOUT_TIERS } from './contest/contest-limits.js';
export { PayoutTableSchema, payoutWarnings, validatePayoutTable, type PayoutTable, type PayoutTier } from './contest/payout-table.js';
export { parseDkContestDetail } from './contest/parse-dk-contest.js';
export { ContestRunRequestSchema } from './contest-run/request-schema.js';
export { CorrelationOverridesSchema, type CorrelationOverrides } from './correlation/correlation-overrides.js';

/** Runs a projections simulation in the foreground (CLI); loads the engine lazily. */
export async function runProjectionsInline(...args: Parameters<typeof import('./projections/run-projections-inline.js').runProjectionsInline>) {
  const { runProjectionsInline: run } = await import('./projections/run-projections-inline.js');
  return run(...args);
}

// Contest pieces the portfolio module builds on: a field for a payout table, entries compiled for scoring.
export type { PreparedContest } from './contest/simulate-contest.js';
/** A contest's field and compiled entries for a payout table; lazy, so the API and dashboard never load the field model. */
export async function prepareContest(...args: Parameters<typeof import('./contest/simulate-contest.js').prepareContest>) {
  const { prepareContest: run } = await import('./contest/simulate-contest.js');
  return run(...args);
}
export { cumulativePayouts, paidPositions } from './contest/payout-table.js';
export type { ContestRow, LineupMatrix } from './contest/contest-types.js';
export type { SimSport } from './types.js';

/** Simulates slate rows read from files (no database); loads the engine lazily. */
export async function simulateRows(...args: Parameters<typeof import('./standalone/simulate-rows.js').simulateRows>) {
  const { simulateRows: run } = await import('./standalone/simulate-rows.js');
  return run(...args);
}
export { parsePayoutCsv } from './contest/parse-payout-csv.js';
export type { DkStandings } from './contest/parse-dk-standings.js';
export type { FieldSummary } from './contest/summarize-field.js';
/** A whole contest run in the foreground (the CLI); lazy so the API never loads the engine. */
export async function runContestInline(...args: Parameters<typeof import('./contest-run/run-contest-inline.js').runContestInline>) {
  const { runContestInline: run } = await import('./contest-run/run-contest-inline.js');
  return run(...args);
}
export { compareFieldToStandings, ownershipMae, type FieldComparisonRow } from './contest/compare-field.js';
