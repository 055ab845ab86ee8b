/**
 * The slate-day jobs over a user's stored entries (PortfolioRun): a portfolio for every contest with known size
 * and prizes, and the quick or full late swap. Each reads the stored entries as the site's entries file, runs
 * the same code as the CLI, and stores the filled file back with importEntries (idempotent on entry ids), so a
 * retried job rewrites the same rows.
 */
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { isRuledOut } from '../../core/player-status.js';
import type { PayoutTable } from '../../sim/index.js';
import { loadSlatePool } from '../../slates/index.js';
import { storedEntriesCsv } from '../entries-csv.js';
import { quickSwap } from '../quick-swap.js';
import { runPortfolio } from '../run-portfolio.js';
import { importEntries } from './import-entries.js';
import { loadDbSlate } from '../load-db-slate.js';
import { loadStoredContests } from './stored-entries.js';

export const PortfolioParamsSchema = z.object({
  projectionSetId: z.number().int().positive().nullable().default(null),
  pool: z.number().int().min(1).max(10_000).default(3000),
  sims: z.number().int().min(100).max(100_000).nullable().default(null),
  precision: z.number().int().min(0).max(10).default(8),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  rules: z.record(z.string(), z.unknown()).default({}),
}).strict();
export type PortfolioParams = z.infer<typeof PortfolioParamsSchema>;

export const LateSwapParamsSchema = z.object({
  projectionSetId: z.number().int().positive().nullable().default(null),
  /** ISO time the swap treats as now (games started before it are locked); default: when the job runs. */
  now: z.string().datetime().nullable().default(null),
  rules: z.record(z.string(), z.unknown()).default({}),
}).strict();


async function finish(db: Db, runId: number, data: { status: string; report?: object; error?: string }): Promise<void> {
  await db.portfolioRun.update({ where: { id: runId }, data: { ...data, finishedAt: new Date() } });
}

/** Runs a stored PortfolioRun of any kind; failures are stored on the run with a message for the user. */
export async function runStoredPortfolioRun(db: Db, runId: number): Promise<{ status: string }> {
  const run = await db.portfolioRun.findUnique({ where: { id: runId } });
  if (!run) throw new Error(`portfolio run ${runId} does not exist`);
  if (run.status === 'done' || run.status === 'cancelled') return { status: run.status };
  await db.portfolioRun.update({ where: { id: runId }, data: { status: 'running', error: null } });
  try {
    const report = run.kind === 'portfolio' ? await portfolioRun(db, run.slateId, run.userId, PortfolioParamsSchema.parse(run.params))
      : await lateSwapRun(db, run.slateId, run.userId, run.kind === 'late-swap-full', LateSwapParamsSchema.parse(run.params));
    await finish(db, runId, { status: 'done', report });
    return { status: 'done' };
  } catch (error) {
    await finish(db, runId, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
    return { status: 'failed' };
  }
}

async function portfolioRun(db: Db, slateId: number, userId: number, params: PortfolioParams): Promise<object> {
  const opt = await import('../../optimizer/solve.js');
  const contests = await loadStoredContests(db, slateId, userId);
  if (contests.length === 0) throw new Error('no entries stored for this slate: import your DKEntries / FanDuel entries file first');
  const unknown = contests.filter((c) => c.payout === null);
  if (unknown.length > 0) throw new Error(`set the field size and payout of ${unknown.map((c) => `${c.siteContestId} (${c.name})`).join(', ')} first`);
  const slate = await loadDbSlate(db, { slateId, projectionSetId: params.projectionSetId, sims: params.sims, seed: params.seed, userId });
  const known = new Map(contests.map((c) => [c.siteContestId, c.payout as PayoutTable]));
  const backend = opt.createWorkerBackend(2);
  try {
    const result = await runPortfolio({
      slate, entriesText: storedEntriesCsv(slate.siteRules, contests), contestSources: { known }, rules: opt.parseOptimizerRules(params.rules),
      poolSize: params.pool, precision: params.precision, seed: params.seed, backend,
    });
    await importEntries(db, { slateId, userId, text: result.csv, payouts: known });
    return { projectionSetId: slate.projectionSetId, pool: result.pool, seconds: result.seconds, warnings: result.warnings, contests: result.contests };
  } finally {
    await backend.close();
  }
}

async function lateSwapRun(db: Db, slateId: number, userId: number, full: boolean, params: z.infer<typeof LateSwapParamsSchema>): Promise<object> {
  const [opt, input] = await Promise.all([import('../../optimizer/solve.js'), import('../../optimizer/slate-input.js')]);
  const contests = await loadStoredContests(db, slateId, userId);
  if (contests.length === 0) throw new Error('no entries stored for this slate: import your entries file first');
  const set = params.projectionSetId ?? (await db.projectionSet.findFirst({ where: { slateId, OR: [{ userId }, { userId: null }] }, orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? null;
  const loaded = await input.loadSlateOptimizerPlayers(db, slateId, set);
  const now = params.now ? new Date(params.now) : new Date();
  const text = storedEntriesCsv(loaded.siteRules, contests);
  const before = opt.parseUploadLineups(text, loaded.siteRules);
  let csv: string;
  let changes: { entryId: string | null; slot: string; out: string; in: string | null }[];
  if (full) {
    const backend = opt.createWorkerBackend(2);
    try {
      const swapped = await opt.lateSwap(text, loaded.players, loaded.siteRules, opt.parseOptimizerRules(params.rules), { now, backend });
      csv = swapped.csv;
      changes = swapped.entries.flatMap((e) => e.before.flatMap((id, i) => (id !== e.after[i] ? [{ entryId: e.entryId, slot: loaded.siteRules.uploadSlotNames[i] ?? '', out: id, in: e.after[i] ?? null }] : [])));
    } finally {
      await backend.close();
    }
  } else {
    const statuses = (await loadSlatePool(db, slateId))?.rows ?? [];
    const out = new Set(statuses.filter((s) => isRuledOut(s.status)).map((s) => s.sitePlayerId));
    const swapped = quickSwap(before, loaded.players, loaded.siteRules, out, now, new Map(statuses.map((s) => [s.sitePlayerId, s.salary])));
    changes = swapped.changes;
    csv = storedEntriesCsv(loaded.siteRules, contests.map((c) => ({
      ...c, entries: c.entries.map((e) => ({ siteEntryId: e.siteEntryId, slots: swapped.entries.find((x) => x.entryId === e.siteEntryId)?.cells ?? e.slots })),
    })));
  }
  await importEntries(db, { slateId, userId, text: csv });
  return { now: now.toISOString(), projectionSetId: set, entries: before.length, changed: new Set(changes.filter((c) => c.in !== null).map((c) => c.entryId)).size, changes };
}
