/**
 * Starting simulations: checks the slate and that every referenced set is the user's (or shared), then sends the
 * sim-engine job with the user's id. The sim module creates the SimulationRun when its worker picks the job up
 * (its params.jobId names the job), so the caller gets the job id at once and the run id once it exists.
 * Runs that cannot work (no players, a set without draws, a lineup set not built) are a 422 and queue nothing.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { dbId } from '../../core/validation/db-id.js';
import { AppError, notFound } from '../../core/errors.js';
import { problemsOf, describeProblems } from '../../core/validation/zod-problems.js';
import { ContestRunRequestSchema, CorrelationOverridesSchema, findVisibleProjectionSet, validatePayoutTable } from '../../sim/index.js';
import { findUserLineupSet } from '../../optimizer/index.js';
import type { ActionContext } from './action-context.js';
import { requireDraws, requireLineups, requireSlatePlayers } from './check-runnable.js';
import { resolvePayout } from './resolve-payout.js';
import { loadSlateInfo } from '../../slates/index.js';

/** A projections run (the sim-engine's correlated simulation). */
export const startProjectionsSchema = z.strictObject({
  kind: z.literal('projections'),
  slateId: dbId(),
  sims: z.number().int().min(100).max(200_000).default(10_000),
  seed: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  /** An uploaded (or other visible) projection set used as the baseline instead of site averages. */
  projectionSetId: dbId().optional(),
  /** Correlation targets over the sport's defaults, e.g. { "same:QB-WR": 0.35 }. */
  correlations: CorrelationOverridesSchema.optional(),
});
/** A contest run of one of the user's lineup sets; `payout` is checked once resolved (see resolvePayout). */
export const startContestSchema = z.strictObject({
  kind: z.literal('contest'),
  slateId: dbId(),
  /** A projection set with draws (a projections run's set). */
  projectionSetId: dbId(),
  lineupSetId: dbId(),
  /** A payout table, or `{ draftkingsContestId }` to use that DraftKings contest's. */
  payout: z.unknown(),
  ownershipSetId: dbId().optional(),
  ownership: z.enum(['projection', 'estimate']).optional(),
  seed: z.number().int().nonnegative().optional(),
});
export const startSimulationSchema = z.discriminatedUnion('kind', [startProjectionsSchema, startContestSchema]);
export type StartSimulationInput = z.input<typeof startSimulationSchema>;

export interface StartSimulationResult { jobId: string; runId: number | null; kind: 'projections' | 'contest' }

async function checkProjectionSet(ctx: ActionContext, id: number, slateId: number): Promise<void> {
  const set = await findVisibleProjectionSet(ctx.db, { id, slateId, userId: ctx.user.id });
  if (!set) throw new AppError('not_found', `projection set ${id} not found for slate ${slateId}`);
}

/** Sends the simulation job; the run appears once a sim-engine worker starts it (see loadSimulationJob). */
export async function startSimulation(ctx: ActionContext, raw: StartSimulationInput): Promise<StartSimulationResult> {
  const parsed = startSimulationSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw new AppError('invalid_request', `invalid simulation: ${describeProblems(problems)}`, { problems });
  }
  const input = parsed.data;
  const slate = await loadSlateInfo(ctx.db, input.slateId);
  if (!slate) throw notFound(`slate ${input.slateId}`);
  await requireSlatePlayers(ctx.db, input.slateId);
  const jobId = randomUUID();
  if (input.kind === 'projections') {
    if (input.projectionSetId) await checkProjectionSet(ctx, input.projectionSetId, input.slateId);
    await ctx.send('sim-engine.run-projections', {
      slateId: input.slateId, sims: input.sims, userId: ctx.user.id,
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
      ...(input.projectionSetId ? { baselineSetId: input.projectionSetId } : {}),
      ...(input.correlations ? { correlations: input.correlations } : {}),
    }, { id: jobId });
    return { jobId, runId: null, kind: 'projections' };
  }
  await checkProjectionSet(ctx, input.projectionSetId, input.slateId);
  if (input.ownershipSetId) await checkProjectionSet(ctx, input.ownershipSetId, input.slateId);
  const lineupSet = await findUserLineupSet(ctx.db, input.lineupSetId, ctx.user.id);
  if (lineupSet?.slateId !== input.slateId) throw new AppError('not_found', `lineup set ${input.lineupSetId} not found for slate ${input.slateId}`);
  // The database checks first: a payout by DraftKings contest id costs a request to DraftKings.
  await requireDraws(ctx.db, input.projectionSetId);
  await requireLineups(ctx.db, input.lineupSetId);
  const payout = await resolvePayout(input.payout, ctx.providers);
  const request = ContestRunRequestSchema.safeParse({ ...input, payout, kind: undefined, userId: ctx.user.id });
  if (!request.success) {
    const problems = problemsOf(request.error);
    throw new AppError('invalid_request', `invalid contest simulation: ${describeProblems(problems)}`, { problems });
  }
  try {
    // Overlapping tiers or prizes past the field would only fail in the worker: refuse them here, nothing queued.
    validatePayoutTable(request.data.payout);
  } catch (error) {
    throw new AppError('invalid_request', `invalid contest simulation: payout ${(error as Error).message}`, { problems: [{ field: 'payout', message: (error as Error).message }] });
  }
  await ctx.send('sim-engine.run-contest', request.data, { id: jobId });
  return { jobId, runId: null, kind: 'contest' };
}
