/**
 * The API's use cases over a user's entries on a slate: import the site's entries file, list what is stored, set
 * a contest's size and payout by hand, start a portfolio or a late swap (queued PortfolioRun in the optimizer
 * role), read a run, and export the stored entries as the site's upload file. Everything is the user's own.
 */
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import type { SendJob } from '../../core/jobs/send-job.js';
import { type GameType, type Site, type Sport } from '../../core/site-rules.js';
import type { PublicUser } from '../auth/users.js';
import { deterministicJobId } from '../../core/jobs/deterministic-job-id.js';
import { getSiteRules, siteAdapter } from '../../sites/index.js';
import { describeZodError } from '../../core/validation/zod-problems.js';
import { loadSlateInfo } from '../../slates/index.js';

export interface EntriesContext { db: Db; user: PublicUser; send?: SendJob; providers?: Pick<Config, 'DRAFTKINGS_API_URL' | 'DRAFTKINGS_LOBBY_URL'> }

async function requireSlate(db: Db, slateId: number) {
  const slate = await loadSlateInfo(db, slateId);
  if (!slate) throw notFound(`slate ${slateId}`);
  return slate;
}

function problem(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('invalid_upload', error instanceof Error ? error.message : String(error));
}

export async function importEntriesFile(ctx: EntriesContext, slateId: number, content: Buffer) {
  await requireSlate(ctx.db, slateId);
  const { importEntries } = await import('../../portfolio/index.js');
  const { createDkApi } = await import('../../ingest/dfs/index.js');
  const dk = ctx.providers ? createDkApi(ctx.providers, 10_000) : null;
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return await importEntries(ctx.db, { slateId, userId: ctx.user.id, text, ...(dk ? { fetchDkContest: (id: number) => dk.contest(id) } : {}) });
  } catch (error) {
    throw problem(error);
  }
}

export async function listEntries(ctx: EntriesContext, slateId: number) {
  await requireSlate(ctx.db, slateId);
  const { loadStoredContests } = await import('../../portfolio/index.js');
  const contests = await loadStoredContests(ctx.db, slateId, ctx.user.id);
  const runs = await ctx.db.portfolioRun.findMany({ where: { slateId, userId: ctx.user.id }, orderBy: { id: 'desc' }, take: 10 });
  return {
    slateId,
    contests: contests.map((c) => ({
      id: c.id, siteContestId: c.siteContestId, name: c.name, entryFee: c.entryFee, fieldSize: c.fieldSize,
      payoutSource: c.payout?.source ?? null, entries: c.entries.map((e) => ({ siteEntryId: e.siteEntryId, slots: e.slots.map((s) => ({ slot: s.slot, id: s.id, name: s.name, locked: s.locked })) })),
    })),
    runs: runs.map(runView),
  };
}

export const contestPayoutSchema = z.object({
  fieldSize: z.number().int().min(2).max(10_000_000),
  tiers: z.array(z.object({ minPosition: z.number().int().min(1), maxPosition: z.number().int().min(1), amount: z.number().nonnegative() }).strict()).min(1).max(1000),
}).strict();

export async function setContestPayout(ctx: EntriesContext, contestId: number, body: unknown) {
  const parsed = contestPayoutSchema.safeParse(body);
  if (!parsed.success) throw new AppError('invalid_request', `invalid payout: ${describeZodError(parsed.error)}`);
  const contest = await ctx.db.contest.findFirst({ where: { id: contestId, userId: ctx.user.id } });
  if (!contest) throw notFound(`contest ${contestId}`);
  const { validatePayoutTable } = await import('../../sim/index.js');
  let payout;
  try {
    payout = validatePayoutTable({ name: contest.name, entryFee: contest.entryFee, fieldSize: parsed.data.fieldSize, tiers: parsed.data.tiers, source: 'user' });
  } catch (error) {
    throw new AppError('invalid_request', `invalid payout: ${error instanceof Error ? error.message : String(error)}`);
  }
  await ctx.db.contest.update({ where: { id: contest.id }, data: { fieldSize: payout.fieldSize, payout: payout as object } });
  return { id: contest.id, fieldSize: payout.fieldSize, payoutSource: 'user' };
}

type RunRow = { id: number; slateId: number; kind: string; status: string; params: unknown; report: unknown; error: string | null; createdAt: Date; finishedAt: Date | null };
export const runView = (r: RunRow) => ({
  id: r.id, slateId: r.slateId, kind: r.kind, status: r.status, params: r.params ?? {}, report: r.report ?? null, error: r.error, createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

export async function startPortfolioRun(ctx: EntriesContext, slateId: number, kind: 'portfolio' | 'late-swap-quick' | 'late-swap-full', body: unknown) {
  await requireSlate(ctx.db, slateId);
  if (!ctx.send) throw new AppError('unavailable', 'jobs cannot be queued here');
  const { PortfolioParamsSchema, LateSwapParamsSchema } = await import('../../portfolio/index.js');
  const schema = kind === 'portfolio' ? PortfolioParamsSchema : LateSwapParamsSchema;
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new AppError('invalid_request', `invalid ${kind} request: ${describeZodError(parsed.error)}`);
  const { parseOptimizerRules } = await import('../../optimizer/index.js');
  try {
    parseOptimizerRules(parsed.data.rules);
  } catch (error) {
    throw new AppError('invalid_request', `invalid rules: ${error instanceof Error ? error.message : String(error)}`);
  }
  const stored = await ctx.db.contest.count({ where: { slateId, userId: ctx.user.id } });
  if (stored === 0) throw new AppError('no_entries', 'no entries stored for this slate: upload your entries file first');
  const run = await ctx.db.portfolioRun.create({ data: { userId: ctx.user.id, slateId, kind, params: parsed.data as object } });
  const jobId = deterministicJobId(`optimizer.run-portfolio:${run.id}`);
  await ctx.send('optimizer.run-portfolio', { portfolioRunId: run.id }, { id: jobId });
  return { ...runView(run), jobId };
}

export async function loadPortfolioRun(ctx: EntriesContext, runId: number) {
  const run = await ctx.db.portfolioRun.findFirst({ where: { id: runId, userId: ctx.user.id } });
  if (!run) throw notFound(`portfolio run ${runId}`);
  return runView(run);
}

export async function exportEntries(ctx: EntriesContext, slateId: number): Promise<{ fileName: string; csv: string }> {
  const slate = await requireSlate(ctx.db, slateId);
  const { loadStoredContests, storedEntriesCsv } = await import('../../portfolio/index.js');
  const contests = await loadStoredContests(ctx.db, slateId, ctx.user.id);
  if (contests.length === 0) throw notFound(`entries for slate ${slateId}`);
  const rules = getSiteRules(slate.site as Site, slate.sport as Sport, slate.gameType as GameType);
  return { fileName: siteAdapter(rules.site).entriesFileName(slateId), csv: storedEntriesCsv(rules, contests) };
}
