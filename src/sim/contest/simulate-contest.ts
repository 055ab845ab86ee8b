import { scoreContestParallel } from '../workers/run-contest-workers.js';
import type { SimSport } from '../types.js';
import { compileEntries, countDuplicates } from './compile-entries.js';
import type { ContestRow, ContestRules, LineupMatrix } from './contest-types.js';
import { estimateOwnership, FITTED_OWNERSHIP } from './estimate-ownership.js';
import { generateWorldFields } from './generate-field.js';
import { drawWorldErrors, FITTED_PROJECTION_ERROR, worldShifts, type ProjectionErrorModel } from './projection-error.js';
import { cumulativePayouts, paidPositions, totalPrizes, type PayoutTable } from './payout-table.js';
import { fieldDuplicateRate } from './field-duplicates.js';
import { summarizeField, type FieldSummary } from './summarize-field.js';
import { reduceContest, type LineupContestResult } from './reduce-contest.js';
import type { ContestScoringInput } from './score-contest.js';
import { simOptimalFrequency } from './sim-optimal-frequency.js';
import { transposeToSimMajor } from './transpose-draws.js';

/** A contest to simulate: our lineups against a generated field, scored on a projection run's draws. */
export interface ContestSimulationInput {
  sport: SimSport;
  rows: ContestRow[];
  rules: ContestRules;
  payout: PayoutTable;
  ours: LineupMatrix;
  /** Player-major draws of the projection run (playerCount x sims). */
  draws: Float32Array;
  playerCount: number;
  sims: number;
  seed: number;
  /** Ownership: 'rows' uses each row's ownership; 'estimate' derives it (value + sim-optimal frequency). */
  ownership: 'rows' | 'estimate';
  threads?: number;
  /** What the projections miss and the field partly knows (default: the fitted model; worlds 1 turns it off). */
  projectionError?: ProjectionErrorModel;
}

/** The prepared contest: the field and the scoring arrays (what chunk jobs share). */
export interface PreparedContest {
  field: LineupMatrix;
  ownership: Float64Array;
  /** Share of field entries holding each row. */
  realizedOwnership: Float64Array;
  scoring: ContestScoringInput;
  duplicates: Int32Array;
  fieldStats: FieldStats;
}

/** What the generated field looks like before any sim. */
export interface FieldStats {
  entries: number;
  ownershipError: number;
  averageSalary: number;
  /** Share of field entries whose lineup another field entry also holds. */
  duplicateRate: number;
}

/** Sampled sims for the field summary: enough for stable p10/p90, few enough that sorting them stays cheap. */
export const FIELD_SUMMARY_SIMS = 500;

/** Builds the field (ownership estimated when asked) and the scoring input; deterministic for a seed. */
export function prepareContest(input: ContestSimulationInput): PreparedContest {
  const fieldEntries = input.payout.fieldSize - input.ours.entryCount;
  if (fieldEntries < 1) throw new Error(`contest of ${input.payout.fieldSize} entries has no room for a field beside our ${input.ours.entryCount} lineups`);
  let rows = input.rows;
  if (input.ownership === 'estimate') {
    // The fitted model may give the sims' best lineups no weight: then they are not worth computing.
    const optimalSims = FITTED_OWNERSHIP.simOptimal > 0 ? Math.min(input.sims, 300) : 0;
    const freq = optimalSims > 0 ? simOptimalFrequency(rows, input.rules, optimalSims, (s, p) => input.draws[p * input.sims + s]!) : undefined;
    const own = estimateOwnership(rows, input.rules, freq);
    rows = rows.map((r, i) => ({ ...r, ownership: own[i]! }));
  }
  const errorModel = input.projectionError ?? FITTED_PROJECTION_ERROR;
  const worlds = Math.max(1, Math.floor(errorModel.worlds));
  const knowledge = worlds > 1 && errorModel.sd > 0 ? { errors: drawWorldErrors(rows, worlds, input.seed), sd: errorModel.sd, crowd: errorModel.crowd, informed: errorModel.informed } : null;
  const fields = generateWorldFields(rows, input.rules, { sport: input.sport, entries: fieldEntries, seed: input.seed }, knowledge);
  const generated = fields[0]!;
  const compiled = fields.map((f) => compileEntries([f.lineups, input.ours], rows, input.rules));
  const cumulative = cumulativePayouts(input.payout);
  const total = compiled[0]!.entryCount;
  const scoring: ContestScoringInput = {
    ...compiled[0]!,
    ours: Int32Array.from({ length: input.ours.entryCount }, (_, j) => fieldEntries + j),
    cumulative,
    topCut: Math.max(1, Math.ceil(total * 0.01)),
    fieldEvery: Math.max(1, Math.ceil(input.sims / FIELD_SUMMARY_SIMS)),
    paidPlaces: Math.min(paidPositions(input.payout), total),
    ...(knowledge ? { worlds: { ...worldShifts(rows, knowledge.errors, errorModel, input.draws, input.playerCount, input.sims), players: compiled.map((c) => c.players), multipliers: compiled.map((c) => c.multipliers) } } : {}),
  };
  // Ownership and duplicates over all worlds: each world's crowd leans its own way, the average is the field's.
  const realized = new Float64Array(rows.length);
  for (const f of fields) for (let i = 0; i < rows.length; i++) realized[i]! += f.realizedOwnership[i]! / fields.length;
  const duplicates = new Int32Array(input.ours.entryCount);
  for (const f of fields) countDuplicates(input.ours, f.lineups, input.rules).forEach((d, j) => (duplicates[j]! += d));
  const fieldDuplicates = fields.reduce((sum, f) => sum + fieldDuplicateRate(f.lineups, input.rules), 0) / fields.length;
  return {
    field: generated.lineups,
    ownership: Float64Array.from(rows, (r) => r.ownership),
    realizedOwnership: realized,
    scoring,
    // Mean copies per world, rounded: what one contest's field would hold.
    duplicates: duplicates.map((d) => Math.round(d / fields.length)),
    fieldStats: { entries: fieldEntries, ownershipError: generated.ownershipError, averageSalary: generated.averageSalary, duplicateRate: fieldDuplicates },
  };
}

/** Runs the whole contest in this process (worker threads when `threads` > 1). */
export async function simulateContest(input: ContestSimulationInput): Promise<{ prepared: PreparedContest; results: LineupContestResult[]; field: FieldSummary }> {
  const prepared = prepareContest(input);
  const simMajor = transposeToSimMajor(input.draws, input.playerCount, input.sims, 0, input.sims);
  const partials = await scoreContestParallel(prepared.scoring, simMajor, input.playerCount, { simStart: 0, simEnd: input.sims }, input.threads ?? 1);
  const field = summarizeField(partials, { prizePool: totalPrizes(input.payout), entryFee: input.payout.entryFee, entries: prepared.scoring.entryCount, duplicateRate: prepared.fieldStats.duplicateRate });
  return { prepared, results: reduceContest(partials, input.sims, input.payout.entryFee, prepared.duplicates), field };
}
