import type { Db } from '../../../core/db.js';
import type { Logger } from '../../../core/logger.js';
import { describeError } from '../../../core/errors.js';
import { isSport, type Sport } from '../../../core/site-rules.js';
import { knownDkSlateKeys } from '../../../slates/index.js';
import { parseDkLobby, type DkLobbyDraftGroup } from '../parse/parse-dk-lobby.js';
import type { DkApi } from './dk-api.js';

export interface PollPlan {
  /** Draft groups to import now: unseen ones, and known ones whose contests have not started (statuses move). */
  toImport: { draftGroupId: number; name: string; isNew: boolean }[];
  skipped: { draftGroupId: number; reason: string }[];
  lobbies: number;
  /** Sports whose lobby could not be read this time; the others are still planned. */
  failedLobbies: { sport: Sport; error: unknown }[];
}

/**
 * One discovery pass over the DK lobby for the given sports: every draft group in a format we model (classic,
 * showdown captain mode) that is new, or known and not yet started, is planned for import. The lobby lists only
 * open draft groups, so this is also how new slates are found.
 */
export async function planDraftkingsPoll(db: Db, api: DkApi, sports: string[], logger: Logger, now = new Date()): Promise<PollPlan> {
  const plan: PollPlan = { toImport: [], skipped: [], lobbies: 0, failedLobbies: [] };
  const wanted = sports.filter(isSport);
  for (const sport of wanted) {
    // One sport's lobby failing (a 5xx, a changed shape) must not stop discovery for the others.
    let groups: DkLobbyDraftGroup[];
    try {
      groups = parseDkLobby(await api.lobby(sport));
    } catch (error) {
      plan.failedLobbies.push({ sport, error });
      continue;
    }
    plan.lobbies++;
    const known = await knownDkSlateKeys(db, groups.map((g) => String(g.draftGroupId)));
    for (const g of groups) {
      const reason = skipReason(g, sport);
      if (reason) { plan.skipped.push({ draftGroupId: g.draftGroupId, reason }); continue; }
      const isNew = !known.has(String(g.draftGroupId));
      if (!isNew && g.startsAt.getTime() <= now.getTime()) { plan.skipped.push({ draftGroupId: g.draftGroupId, reason: 'already imported and started' }); continue; }
      if (plan.toImport.some((p) => p.draftGroupId === g.draftGroupId)) continue;
      plan.toImport.push({ draftGroupId: g.draftGroupId, isNew, name: `${sport} ${g.gameTypeName ?? g.gameType ?? ''}${g.suffix ?? ''}`.trim() });
    }
  }
  // Nothing read at all: fail the poll so the job retries and, in the end, is dead-lettered with the reason.
  if (plan.failedLobbies.length > 0 && plan.lobbies === 0) throw plan.failedLobbies[0]?.error;
  for (const f of plan.failedLobbies) logger.warn({ sport: f.sport, err: describeError(f.error) }, 'ingest-dfs: DraftKings lobby failed; other sports polled');
  logger.debug({ toImport: plan.toImport.length, skipped: plan.skipped.length }, 'ingest-dfs: DraftKings lobby polled');
  return plan;
}

function skipReason(g: DkLobbyDraftGroup, sport: Sport): string | null {
  if (g.sport !== sport) return `sport ${g.dkSport} is not ${sport}`;
  if (!g.gameType) return `game type "${g.gameTypeName ?? g.gameTypeId}" is not modelled`;
  return null;
}
