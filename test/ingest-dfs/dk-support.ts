/** Recorded DraftKings payloads as routes of the local fixture server. */
import { readFileSync } from 'node:fs';
import type { FixtureResponse } from '../support/fixture-server.js';
import { FIXTURES_DIR } from '../support/fixture-server.js';

export const CLASSIC_DG = 74625;
export const SHOWDOWN_DG = 75284;

interface Lobby { DraftGroups: { DraftGroupId: number; GameTypeId: number }[]; Contests: { dg: number }[] }

/**
 * The recorded NFL lobby (2023-12-03) with its classic and showdown draft groups renamed to the two draft groups we
 * hold complete recordings for (74625 classic, 75284 showdown); Tiers and Superflex groups are kept (to be skipped),
 * the other classic groups dropped.
 */
export function nflLobby(): Lobby {
  const lobby = JSON.parse(readFileSync(`${FIXTURES_DIR}/dfs/dk_lobby_getcontests_nfl_2023-12-03_TRIMMED.json`, 'utf8')) as Lobby;
  const rename = new Map([[96481, CLASSIC_DG], [96499, SHOWDOWN_DG]]);
  lobby.DraftGroups = lobby.DraftGroups.filter((g) => ![96484, 96482].includes(g.DraftGroupId))
    .map((g) => ({ ...g, DraftGroupId: rename.get(g.DraftGroupId) ?? g.DraftGroupId }));
  lobby.Contests = lobby.Contests.map((c) => ({ ...c, dg: rename.get(c.dg) ?? c.dg }));
  return lobby;
}

/** Every DK route of one poll cycle, answering with the recordings. */
export function dkRoutes(): Record<string, FixtureResponse | FixtureResponse[]> {
  return {
    'GET /lobby/getcontests': { body: nflLobby() },
    [`GET /draftgroups/v1/${CLASSIC_DG}`]: { file: 'dfs/dk_api_draftgroup_dg74625_nfl_classic_2022-09-25.json' },
    [`GET /draftgroups/v1/${SHOWDOWN_DG}`]: { file: 'dfs/dk_api_draftgroup_dg75284_nfl_showdown_2022-10-10.json' },
    'GET /lineups/v1/gametypes/1/rules': { file: 'dfs/dk_api_rules_gametype1.json' },
    'GET /lineups/v1/gametypes/96/rules': { file: 'dfs/dk_api_rules_gametype96.json' },
    [`GET /draftgroups/v1/draftgroups/${CLASSIC_DG}/draftables`]: { file: 'dfs/dk_api_draftables_dg74625_nfl_classic_2022-09-25_TRIMMED_2of13games.json' },
    [`GET /draftgroups/v1/draftgroups/${SHOWDOWN_DG}/draftables`]: { file: 'dfs/dk_api_draftables_dg75284_nfl_showdown_CIN-BAL_2022-10-09_minified.json' },
  };
}
