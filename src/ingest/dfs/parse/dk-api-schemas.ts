/**
 * zod schemas for the DraftKings JSON APIs, only the fields we read (unknown keys are dropped, so DK adding
 * fields changes nothing; DK removing or retyping one is a "changed schema" failure with the path named).
 */
import { z } from 'zod';

const team = z.object({ teamId: z.number(), teamName: z.string().nullish(), abbreviation: z.string(), city: z.string().nullish() });

export const dkCompetitionSchema = z.object({
  competitionId: z.number(),
  name: z.string().nullish(),
  homeTeam: team,
  awayTeam: team,
  startTime: z.string(),
  venue: z.string().nullish(),
  sport: z.string().nullish(),
  /** "Upcoming", "InProgress", "ScoresOfficial", "Postponed", ... */
  competitionState: z.string().nullish(),
});
export type DkCompetition = z.infer<typeof dkCompetitionSchema>;

export const dkDraftableSchema = z.object({
  draftableId: z.number(),
  displayName: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  playerId: z.number(),
  position: z.string(),
  rosterSlotId: z.number(),
  salary: z.number(),
  status: z.string().nullish(),
  isDisabled: z.boolean().nullish(),
  teamAbbreviation: z.string(),
  playerGameHash: z.string().nullish(),
  competition: z.object({ competitionId: z.number(), name: z.string().nullish(), startTime: z.string().nullish() }).nullish(),
  draftStatAttributes: z.array(z.object({ id: z.number(), value: z.union([z.string(), z.number()]).nullish() })).nullish(),
  playerGameAttributes: z.array(z.object({ id: z.number(), value: z.string().nullish() })).nullish(),
  /** DK's notes on a draftable ("game postponed", late swap locks); only read for the word postponed. */
  draftAlerts: z.array(z.unknown()).nullish(),
});
export type DkDraftable = z.infer<typeof dkDraftableSchema>;

export const dkDraftablesResponseSchema = z.object({
  draftables: z.array(dkDraftableSchema),
  competitions: z.array(dkCompetitionSchema),
  draftStats: z.array(z.object({ id: z.number(), abbr: z.string().nullish(), name: z.string().nullish() })).nullish(),
  playerGameAttributes: z.array(z.object({ id: z.number(), name: z.string().nullish() })).nullish(),
});
export type DkDraftablesResponse = z.infer<typeof dkDraftablesResponseSchema>;

export const dkDraftGroupResponseSchema = z.object({
  draftGroup: z.object({
    draftGroupId: z.number(),
    contestType: z.object({ contestTypeId: z.number(), sport: z.string(), gameType: z.string().nullish() }),
    gameTypeId: z.number().nullish(),
    startTimeSuffix: z.string().nullish(),
    minStartTime: z.string().nullish(),
    maxStartTime: z.string().nullish(),
    draftGroupState: z.string().nullish(),
    leagues: z.array(z.object({ leagueAbbreviation: z.string().nullish(), leagueName: z.string().nullish() })).nullish(),
    games: z.array(z.object({
      gameId: z.number(),
      awayTeamId: z.number().nullish(),
      homeTeamId: z.number().nullish(),
      startDate: z.string(),
      location: z.string().nullish(),
      description: z.string().nullish(),
      status: z.string().nullish(),
    })).nullish(),
  }),
});
export type DkDraftGroupResponse = z.infer<typeof dkDraftGroupResponseSchema>;

export const dkRulesResponseSchema = z.object({
  gameTypeId: z.number(),
  gameTypeName: z.string(),
  salaryCap: z.object({ isEnabled: z.boolean().nullish(), maxValue: z.number().nullish() }).nullish(),
  lineupTemplate: z.array(z.object({ rosterSlot: z.object({ id: z.number(), name: z.string() }), order: z.number().nullish() })),
  draftType: z.string().nullish(),
});
export type DkRulesResponse = z.infer<typeof dkRulesResponseSchema>;

export const dkLobbyResponseSchema = z.object({
  Contests: z.array(z.object({ id: z.number(), n: z.string().nullish(), dg: z.number(), gameType: z.string().nullish(), a: z.number().nullish() })).nullish(),
  DraftGroups: z.array(z.object({
    DraftGroupId: z.number(),
    ContestTypeId: z.number().nullish(),
    GameTypeId: z.number(),
    Sport: z.string(),
    StartDate: z.string(),
    GameCount: z.number().nullish(),
    DraftGroupTag: z.string().nullish(),
    ContestStartTimeSuffix: z.string().nullish(),
    GameSetKey: z.string().nullish(),
  })),
  GameTypes: z.array(z.object({
    GameTypeId: z.number(),
    Name: z.string(),
    DraftType: z.string().nullish(),
    SportId: z.number().nullish(),
  })).nullish(),
});
export type DkLobbyResponse = z.infer<typeof dkLobbyResponseSchema>;

export const dkAvailablePlayersResponseSchema = z.object({
  playerList: z.array(z.object({
    pid: z.number(), did: z.number().nullish(), tsid: z.number(), fn: z.string(), ln: z.string(), pn: z.string(),
    tid: z.number(), htid: z.number(), atid: z.number(), htabbr: z.string(), atabbr: z.string(), s: z.number(),
    ppg: z.union([z.string(), z.number()]).nullish(), i: z.string().nullish(), dgst: z.number().nullish(),
  })),
});
export type DkAvailablePlayersResponse = z.infer<typeof dkAvailablePlayersResponseSchema>;

export const dkDraftGroupsV3ResponseSchema = z.object({
  draftGroups: z.array(z.object({ draftGroupId: z.number(), gameTypeId: z.number(), sportId: z.number().nullish(), minStartTime: z.string().nullish(), competitionIds: z.array(z.number()).nullish() })),
  gameSets: z.array(z.object({ competitions: z.array(dkCompetitionSchema) })).nullish(),
});

export const dkContestDetailResponseSchema = z.object({
  contestDetail: z.object({
    contestKey: z.string(), name: z.string(), draftGroupId: z.number(), sport: z.string(), gameTypeId: z.number().nullish(),
    entryFee: z.number().nullish(), contestStartTime: z.string().nullish(), maximumEntries: z.number().nullish(),
  }),
});
