import type { Sport } from '../../../core/site-rules.js';
import { resolveTeamCode } from '../resolve-team-code.js';
import { readStatus } from './cell-values.js';
import { dkAvailablePlayersResponseSchema, dkContestDetailResponseSchema, dkDraftGroupsV3ResponseSchema } from './dk-api-schemas.js';
import { parseDkPayload, parseDkTime } from './parse-dk-payload.js';

/** One row of the retired lineup/getavailableplayers endpoint: no draftable ids, one row per player. */
export interface DkAvailablePlayer {
  dkPlayerId: number;
  name: string;
  position: string;
  salary: number;
  team: string | null;
  opponent: string | null;
  competitionId: number;
  avgPoints: number | null;
  status: string | null;
}

/**
 * Parses getavailableplayers (kept for old recordings and status checks). It has no draftable ids (`did` is 0),
 * so it cannot become an importable slate: the draftables endpoint is the source of truth for imports.
 */
export function parseDkAvailablePlayers(body: unknown, sport: Sport): DkAvailablePlayer[] {
  const data = parseDkPayload(dkAvailablePlayersResponseSchema, body, 'getavailableplayers');
  return data.playerList.map((p) => {
    const home = p.tid === p.htid;
    const ppg = p.ppg === null || p.ppg === undefined ? null : Number(p.ppg);
    return {
      dkPlayerId: p.pid,
      name: `${p.fn} ${p.ln}`.trim(),
      position: p.pn,
      salary: p.s,
      team: resolveTeamCode(sport, home ? p.htabbr : p.atabbr),
      opponent: resolveTeamCode(sport, home ? p.atabbr : p.htabbr),
      competitionId: p.tsid,
      avgPoints: ppg === null || Number.isNaN(ppg) ? null : ppg,
      status: readStatus(p.i ?? ''),
    };
  });
}

/** draftgroups/v3 listing: draft group ids with their game type and competitions. */
export function parseDkDraftGroupsV3(body: unknown): { draftGroupId: number; gameTypeId: number; competitionIds: number[]; startsAt: Date | null }[] {
  const data = parseDkPayload(dkDraftGroupsV3ResponseSchema, body, 'draftgroups v3');
  return data.draftGroups.map((g) => ({
    draftGroupId: g.draftGroupId, gameTypeId: g.gameTypeId, competitionIds: g.competitionIds ?? [],
    startsAt: g.minStartTime ? parseDkTime(g.minStartTime, 'minStartTime') : null,
  }));
}

/** contests/v1/contests/{id}: which draft group a contest belongs to. */
export function parseDkContestDetail(body: unknown): { contestId: string; name: string; draftGroupId: number; dkSport: string; gameTypeId: number | null; entryFee: number | null; startsAt: Date | null } {
  const { contestDetail: c } = parseDkPayload(dkContestDetailResponseSchema, body, 'contest detail');
  return {
    contestId: c.contestKey, name: c.name, draftGroupId: c.draftGroupId, dkSport: c.sport, gameTypeId: c.gameTypeId ?? null,
    entryFee: c.entryFee ?? null, startsAt: c.contestStartTime ? parseDkTime(c.contestStartTime, 'contestStartTime') : null,
  };
}
