import { isSport, type GameType, type Sport } from '../../../core/site-rules.js';
import { dkDraftGroupResponseSchema, dkRulesResponseSchema } from './dk-api-schemas.js';
import { classifyDkGameType, slotNamesFromRules } from './dk-roster-slots.js';
import { parseDkPayload, parseDkTime } from './parse-dk-payload.js';

/** What we need from draftgroups/v1/{dg}: sport, game type id, leagues (to skip KBO etc.), venues per game. */
export interface DkDraftGroupInfo {
  draftGroupId: number;
  sport: Sport | null;
  /** DK's sport string as given ("NFL", "GOLF", ...). */
  dkSport: string;
  gameTypeId: number | null;
  contestTypeId: number;
  leagues: string[];
  minStartTime: Date | null;
  maxStartTime: Date | null;
  state: string | null;
  games: { siteGameId: string; description: string | null; startsAt: Date; venue: string | null }[];
}

/** Parses a draft group detail response. */
export function parseDkDraftGroup(body: unknown): DkDraftGroupInfo {
  const { draftGroup: g } = parseDkPayload(dkDraftGroupResponseSchema, body, 'draft group');
  return {
    draftGroupId: g.draftGroupId,
    sport: isSport(g.contestType.sport) ? g.contestType.sport : null,
    dkSport: g.contestType.sport,
    gameTypeId: g.gameTypeId ?? null,
    contestTypeId: g.contestType.contestTypeId,
    leagues: (g.leagues ?? []).map((l) => l.leagueAbbreviation ?? '').filter((l) => l !== ''),
    minStartTime: g.minStartTime ? parseDkTime(g.minStartTime, 'minStartTime') : null,
    maxStartTime: g.maxStartTime ? parseDkTime(g.maxStartTime, 'maxStartTime') : null,
    state: g.draftGroupState ?? null,
    games: (g.games ?? []).map((game) => ({
      siteGameId: String(game.gameId),
      description: game.description ?? null,
      startsAt: parseDkTime(game.startDate, 'game startDate'),
      venue: game.location ?? null,
    })),
  };
}

export interface DkGameTypeRules {
  gameTypeId: number;
  name: string;
  gameType: GameType | null;
  salaryCap: number | null;
  /** Slot names in lineup order, e.g. ['QB','RB','RB',...]. */
  slots: string[];
  slotNames: Record<number, string>;
}

/** Parses lineups/v1/gametypes/{id}/rules. */
export function parseDkRules(body: unknown): DkGameTypeRules {
  const r = parseDkPayload(dkRulesResponseSchema, body, 'game type rules');
  const template = [...r.lineupTemplate].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return {
    gameTypeId: r.gameTypeId,
    name: r.gameTypeName,
    gameType: classifyDkGameType(r.gameTypeName, r.draftType),
    salaryCap: r.salaryCap?.isEnabled === false ? null : (r.salaryCap?.maxValue ?? null),
    slots: template.map((t) => t.rosterSlot.name),
    slotNames: slotNamesFromRules(r),
  };
}
