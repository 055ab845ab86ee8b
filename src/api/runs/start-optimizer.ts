/**
 * Starting the optimizer: the rules are checked by the optimizer's own schema (bad fields → 400 naming them), the
 * projection set must be the user's or shared and belong to the slate; then a queued LineupSet owned by the user
 * is stored with the rules, and `optimizer.build-lineups` is sent under a job id derived from the set id.
 * A slate without players or without any projection is a 422 before anything is stored or queued.
 */
import { z } from 'zod';
import { dbId } from '../../core/validation/db-id.js';
import { AppError, notFound } from '../../core/errors.js';
import { problemsOf, describeProblems } from '../../core/validation/zod-problems.js';
import { countUnfinishedLineupSets, createQueuedLineupSet, LARGE_BUILD_LINEUPS, parseOptimizerRules } from '../../optimizer/index.js';
import { findVisibleProjectionSet } from '../../sim/index.js';
import type { ActionContext } from './action-context.js';
import { requireOptimizerProjections, requireSlatePlayers } from './check-runnable.js';
import { lineupSetJobId } from './job-ids.js';
import { loadSlateInfo } from '../../slates/index.js';

export const startOptimizerSchema = z.strictObject({
  slateId: dbId(),
  /** null: the newest projection set the user can see for the slate. */
  projectionSetId: dbId().nullable().optional(),
  /** The optimizer's rules (lineups, stacks, exposure, locks, ...): see src/optimizer/rules-schema.ts. */
  rules: z.record(z.string(), z.unknown()).default({}),
});
export type StartOptimizerInput = z.input<typeof startOptimizerSchema>;

export async function startOptimizer(ctx: ActionContext, raw: StartOptimizerInput): Promise<{ lineupSetId: number; jobId: string }> {
  const parsed = startOptimizerSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw new AppError('invalid_request', `invalid optimizer run: ${describeProblems(problems)}`, { problems });
  }
  const { slateId, projectionSetId, rules } = parsed.data;
  const checked = parseOptimizerRules(rules);
  const slate = await loadSlateInfo(ctx.db, slateId);
  if (!slate) throw notFound(`slate ${slateId}`);
  const set = await findVisibleProjectionSet(ctx.db, { slateId, userId: ctx.user.id, ...(projectionSetId ? { id: projectionSetId } : {}) });
  if (projectionSetId && !set) throw new AppError('not_found', `projection set ${projectionSetId} not found for slate ${slateId}`);
  await requireSlatePlayers(ctx.db, slateId);
  await requireOptimizerProjections(ctx.db, slateId, set?.id ?? null);
  const lineupSet = await createQueuedLineupSet(ctx.db, { slateId, userId: ctx.user.id, projectionSetId: set?.id ?? null, requested: checked.lineups, rules });
  const jobId = lineupSetJobId(lineupSet.id);
  // Fair share: big builds have their own queue, and each of a user's unfinished builds lowers the priority of
  // their next one, so another user's first build goes ahead of someone's tenth.
  const unfinished = await countUnfinishedLineupSets(ctx.db, ctx.user.id, lineupSet.id);
  const queue = checked.lineups > LARGE_BUILD_LINEUPS ? 'optimizer.build-large-lineups' : 'optimizer.build-lineups';
  await ctx.send(queue, { lineupSetId: lineupSet.id }, { id: jobId, priority: -Math.min(unfinished, 1000) });
  return { lineupSetId: lineupSet.id, jobId };
}
