/** FanDuel roster rules per sport and game type, checked against FanDuel's entries upload template headers. */
import type { GameType, Sport } from '../../core/site-rules.js';
import { MLB_HITTERS, MLB_PITCHERS, NBA_ALL, NFL_SKILL, NHL_SKATERS, NHL_WINGS, slot, type RulesBody } from '../roster-positions.js';

const FD_CLASSIC: Record<Sport, RulesBody> = {
  NFL: {
    salaryCap: 60_000, maxPerTeam: 4, minGames: 1, minTeams: 3, captainRows: false,
    slots: [slot('QB', ['QB']), slot('RB', ['RB']), slot('RB', ['RB']), slot('WR', ['WR']), slot('WR', ['WR']),
      slot('WR', ['WR']), slot('TE', ['TE']), slot('FLEX', NFL_SKILL), slot('DEF', ['D', 'DEF', 'DST'])],
  },
  NBA: {
    salaryCap: 60_000, maxPerTeam: 4, minGames: 1, minTeams: 3, captainRows: false,
    slots: [slot('PG', ['PG']), slot('PG', ['PG']), slot('SG', ['SG']), slot('SG', ['SG']), slot('SF', ['SF']),
      slot('SF', ['SF']), slot('PF', ['PF']), slot('PF', ['PF']), slot('C', ['C'])],
  },
  MLB: {
    // FanDuel MLB: at most 4 hitters from one team; the pitcher does not count.
    salaryCap: 35_000, maxPerTeam: 4, maxPerTeamExcludePositions: MLB_PITCHERS, minGames: 1, minTeams: 3,
    captainRows: false,
    slots: [slot('P', MLB_PITCHERS), slot('C/1B', ['C', '1B']), slot('2B', ['2B']), slot('3B', ['3B']),
      slot('SS', ['SS']), slot('OF', ['OF']), slot('OF', ['OF']), slot('OF', ['OF']), slot('UTIL', MLB_HITTERS)],
  },
  NHL: {
    salaryCap: 55_000, maxPerTeam: 4, minGames: 1, minTeams: 3, captainRows: false,
    slots: [slot('C', ['C']), slot('C', ['C']), slot('W', NHL_WINGS), slot('W', NHL_WINGS), slot('D', ['D']),
      slot('D', ['D']), slot('UTIL', NHL_SKATERS), slot('UTIL', NHL_SKATERS), slot('G', ['G'])],
  },
};

/** FanDuel single-game: one row per player; the MVP/STAR/PRO slots multiply points, not salary. */
const FD_SINGLE_GAME: Record<Sport, RulesBody> = {
  NFL: {
    salaryCap: 60_000, maxPerTeam: 4, minGames: 1, minTeams: 2, captainRows: false,
    slots: [slot('MVP', ['QB', 'RB', 'WR', 'TE', 'K'], 1.5),
      ...Array.from({ length: 4 }, () => slot('FLEX', ['QB', 'RB', 'WR', 'TE', 'K']))],
    uploadSlotNames: ['MVP - 1.5X Points', 'AnyFLEX', 'AnyFLEX', 'AnyFLEX', 'AnyFLEX'],
  },
  NBA: {
    salaryCap: 60_000, maxPerTeam: 4, minGames: 1, minTeams: 2, captainRows: false,
    slots: [slot('MVP', NBA_ALL, 2), slot('STAR', NBA_ALL, 1.5), slot('PRO', NBA_ALL, 1.2), slot('UTIL', NBA_ALL),
      slot('UTIL', NBA_ALL)],
    uploadSlotNames: ['MVP - 2X Points', 'STAR - 1.5X Points', 'PRO - 1.2X Points', 'UTIL', 'UTIL'],
  },
  MLB: {
    salaryCap: 35_000, maxPerTeam: 4, minGames: 1, minTeams: 2, captainRows: false,
    slots: [slot('MVP', MLB_HITTERS, 2), slot('STAR', MLB_HITTERS, 1.5),
      ...Array.from({ length: 3 }, () => slot('UTIL', MLB_HITTERS))],
    uploadSlotNames: ['MVP - 2X Points', 'STAR - 1.5X Points', 'UTIL', 'UTIL', 'UTIL'],
  },
  NHL: {
    salaryCap: 55_000, maxPerTeam: 4, minGames: 1, minTeams: 2, captainRows: false,
    slots: [slot('CAPTAIN', NHL_SKATERS, 1.5), ...Array.from({ length: 4 }, () => slot('UTIL', NHL_SKATERS))],
    uploadSlotNames: ['CAPTAIN - 1.5X Points', 'UTIL', 'UTIL', 'UTIL', 'UTIL'],
  },
};

/** FanDuel's rules for a sport and game type ('showdown' is FanDuel single-game). */
export function fanDuelRosterRules(sport: Sport, gameType: GameType): RulesBody {
  return gameType === 'classic' ? FD_CLASSIC[sport] : FD_SINGLE_GAME[sport];
}
