import { isSport, type GameType, type Sport } from '../../../core/site-rules.js';
import { dkLobbyResponseSchema } from './dk-api-schemas.js';
import { classifyDkGameType } from './dk-roster-slots.js';
import { parseDkPayload, parseDkTime } from './parse-dk-payload.js';

export interface DkLobbyDraftGroup {
  draftGroupId: number;
  sport: Sport | null;
  dkSport: string;
  gameTypeId: number;
  gameTypeName: string | null;
  /** null when the format is not one we model (Tiers, Superflex, In-Game Showdown, ...). */
  gameType: GameType | null;
  startsAt: Date;
  gameCount: number | null;
  /** " (Early Only)", " (MIA vs WAS)", " (Korean Baseball: DOO vs NCD)". */
  suffix: string | null;
  tag: string | null;
  contestCount: number;
}

/** Parses lobby/getcontests?sport=X into its draft groups, each with its game type resolved from GameTypes. */
export function parseDkLobby(body: unknown): DkLobbyDraftGroup[] {
  const lobby = parseDkPayload(dkLobbyResponseSchema, body, 'lobby getcontests');
  const gameTypes = new Map((lobby.GameTypes ?? []).map((g) => [g.GameTypeId, g]));
  const contests = new Map<number, number>();
  for (const c of lobby.Contests ?? []) contests.set(c.dg, (contests.get(c.dg) ?? 0) + 1);
  return lobby.DraftGroups.map((dg) => {
    const type = gameTypes.get(dg.GameTypeId);
    return {
      draftGroupId: dg.DraftGroupId,
      sport: isSport(dg.Sport) ? dg.Sport : null,
      dkSport: dg.Sport,
      gameTypeId: dg.GameTypeId,
      gameTypeName: type?.Name ?? null,
      gameType: type ? classifyDkGameType(type.Name, type.DraftType) : null,
      startsAt: parseDkTime(dg.StartDate, 'DraftGroups StartDate'),
      gameCount: dg.GameCount ?? null,
      suffix: dg.ContestStartTimeSuffix ?? null,
      tag: dg.DraftGroupTag ?? null,
      contestCount: contests.get(dg.DraftGroupId) ?? 0,
    };
  });
}
