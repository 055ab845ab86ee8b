import type { Db } from '../../../core/db.js';
import { importSlate, type ImportSlateResult } from '../import/import-slate.js';
import { dkDraftablesResponseSchema } from '../parse/dk-api-schemas.js';
import { DK_DEFAULT_SLOT_NAMES } from '../parse/dk-roster-slots.js';
import { parseDkDraftables } from '../parse/parse-dk-draftables.js';
import { parseDkDraftGroup, parseDkRules } from '../parse/parse-dk-draft-group.js';
import { loadExtraTeamAliases } from '../import/team-seeds.js';
import type { DkApi } from './dk-api.js';
import { getSiteRules } from '../../../sites/index.js';

export type ImportDraftGroupResult =
  | ({ status: 'imported'; draftGroupId: number } & ImportSlateResult)
  | { status: 'skipped'; draftGroupId: number; reason: string };

/**
 * One DraftKings draft group end to end: detail (sport, league, game type) → game-type rules (slot ids, checked
 * against site-rules) → draftables → importSlate. Draft groups we do not model (KBO, Tiers, Madden, ...) are
 * skipped with the reason. Provider and payload errors propagate, so the job is retried and dead-lettered.
 */
export async function importDraftGroup(db: Db, api: DkApi, draftGroupId: number, name?: string): Promise<ImportDraftGroupResult> {
  const info = parseDkDraftGroup(await api.draftGroup(draftGroupId));
  if (!info.sport) return { status: 'skipped', draftGroupId, reason: `sport ${info.dkSport} is not supported` };
  const foreign = info.leagues.filter((l) => l !== info.sport);
  if (foreign.length > 0) return { status: 'skipped', draftGroupId, reason: `league ${foreign.join(', ')} is not ${info.sport}` };
  if (info.gameTypeId === null) return { status: 'skipped', draftGroupId, reason: 'draft group has no game type' };
  const rules = parseDkRules(await api.rules(info.gameTypeId));
  if (!rules.gameType) return { status: 'skipped', draftGroupId, reason: `game type "${rules.name}" (${rules.gameTypeId}) is not modelled` };

  const warnings: string[] = [];
  const ours = getSiteRules('draftkings', info.sport, rules.gameType);
  if (ours.slots.map((s) => s.name).join(',') !== rules.slots.join(',')) {
    warnings.push(`DraftKings lineup for game type ${rules.gameTypeId} is ${rules.slots.join(',')}; site rules say ${ours.slots.map((s) => s.name).join(',')}`);
  }
  if (rules.salaryCap !== null && rules.salaryCap !== ours.salaryCap) warnings.push(`DraftKings salary cap is ${rules.salaryCap}; site rules say ${ours.salaryCap}`);

  const body = await api.draftables(draftGroupId);
  const teamAliases = (await loadExtraTeamAliases(db))[info.sport];
  const slate = parseDkDraftables(body, {
    draftGroupId, sport: info.sport, gameType: rules.gameType,
    slotNames: { ...(DK_DEFAULT_SLOT_NAMES[info.sport][rules.gameType] ?? {}), ...rules.slotNames },
    ...(teamAliases ? { teamAliases } : {}),
  });
  slate.warnings.push(...warnings);
  // DK's playerId is stable across draft groups (draftable ids are not): the canonical player's external id.
  const draftables = dkDraftablesResponseSchema.parse(body).draftables;
  const externalPlayerIds = new Map(draftables.map((d) => [String(d.draftableId), String(d.playerId)]));
  // Players DK disabled (a postponed game's) leave a slate that listed them on an earlier poll.
  const withdrawnSitePlayerIds = new Set(draftables.filter((d) => d.isDisabled).map((d) => String(d.draftableId)));
  const result = await importSlate(db, slate, {
    source: 'api', siteGameTypeId: rules.gameTypeId, externalPlayerIds, withdrawnSitePlayerIds,
    name: name ?? `${info.sport} ${rules.name} (draft group ${draftGroupId})`,
  });
  return { status: 'imported', draftGroupId, ...result };
}
