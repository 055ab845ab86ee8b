import type { IngestOnceContext } from '../../../core/ingest-once.js';
import { describeError } from '../../../core/errors.js';
import { deterministicJobId } from '../../../core/jobs/schedule.js';
import { createDkApi, DK_PROVIDER, type DkApi } from './dk-api.js';
import { importDraftGroup, type ImportDraftGroupResult } from './import-draft-group.js';
import { planDraftkingsPoll } from './poll-draftkings.js';
import { recordProviderStatus } from '../../../core/data/provider-status.js';

export interface DraftkingsPollSummary {
  sports: string[];
  lobbies: number;
  discovered: number;
  enqueued: number;
  imported: number;
  skipped: { draftGroupId: number; reason: string }[];
  failed: { draftGroupId: number; error: string }[];
  /** Sports whose lobby could not be read (the poll went on with the others). */
  failedLobbies: { sport: string; error: string }[];
  slates: { draftGroupId: number; slateId: number; players: number; inserted: number; updated: number; statusChanges: number }[];
}

/**
 * One poll cycle. 'enqueue' (the scheduled job) sends an import job per draft group; 'inline' (`sportsdata ingest
 * dfs --once`) imports them in the foreground and reports each, a failing draft group not stopping the others.
 */
export async function runDraftkingsPoll(ctx: IngestOnceContext, sports: string[], mode: 'enqueue' | 'inline', api: DkApi = createDkApi(ctx.config)): Promise<DraftkingsPollSummary> {
  let plan;
  try {
    plan = await planDraftkingsPoll(ctx.db, api, sports, ctx.logger);
  } catch (error) {
    await recordProviderStatus(ctx.db, DK_PROVIDER, describeError(error));
    throw error;
  }
  const summary: DraftkingsPollSummary = {
    sports, lobbies: plan.lobbies, discovered: plan.toImport.filter((p) => p.isNew).length, enqueued: 0, imported: 0,
    skipped: [...plan.skipped], failed: [], slates: [],
    failedLobbies: plan.failedLobbies.map((f) => ({ sport: f.sport, error: describeError(f.error) })),
  };
  for (const item of plan.toImport) {
    if (mode === 'enqueue') {
      // pg-boss ignores singleton keys on standard queues: a job id per draft group and 5-minute window makes
      // overlapping polls (a scheduled tick and a manual run) enqueue each draft group once.
      const window = Math.floor(Date.now() / 300_000);
      const id = await ctx.send('ingest-dfs.import-draft-group', { draftGroupId: item.draftGroupId, name: item.name },
        { id: deterministicJobId(`ingest-dfs.import-draft-group|${item.draftGroupId}|${window}`) });
      if (id) summary.enqueued++;
      continue;
    }
    try {
      addResult(summary, await importDraftGroup(ctx.db, api, item.draftGroupId, item.name));
    } catch (error) {
      summary.failed.push({ draftGroupId: item.draftGroupId, error: describeError(error) });
      ctx.logger.warn({ draftGroupId: item.draftGroupId, err: describeError(error) }, 'ingest-dfs: draft group import failed');
    }
  }
  await recordProviderStatus(ctx.db, DK_PROVIDER, summary.failedLobbies[0]?.error ?? summary.failed[0]?.error ?? null);
  return summary;
}

/** The import-draft-group job's work. */
export async function runImportDraftGroup(ctx: IngestOnceContext, draftGroupId: number, name?: string, api: DkApi = createDkApi(ctx.config)): Promise<ImportDraftGroupResult> {
  try {
    const result = await importDraftGroup(ctx.db, api, draftGroupId, name);
    await recordProviderStatus(ctx.db, DK_PROVIDER, null);
    return result;
  } catch (error) {
    await recordProviderStatus(ctx.db, DK_PROVIDER, describeError(error));
    throw error;
  }
}

function addResult(summary: DraftkingsPollSummary, result: ImportDraftGroupResult): void {
  if (result.status === 'skipped') { summary.skipped.push({ draftGroupId: result.draftGroupId, reason: result.reason }); return; }
  summary.imported++;
  summary.slates.push({ draftGroupId: result.draftGroupId, slateId: result.slateId, players: result.players, inserted: result.inserted, updated: result.updated, statusChanges: result.statusChanges });
}
