/**
 * DraftKings roster rules per sport and game type, checked against DraftKings' own rules API
 * (test/fixtures/optimizer/dk_api_rules_gametype*.json) and the DKEntries upload template headers.
 */
import type { GameType, Sport } from '../../core/site-rules.js';
import { ALL_POSITIONS, MLB_PITCHERS, NBA_ALL, NFL_SKILL, NHL_SKATERS, NHL_WINGS, slot, type RulesBody } from '../roster-positions.js';

const DK_CLASSIC: Record<Sport, RulesBody> = {
  NFL: {
    salaryCap: 50_000, maxPerTeam: null, minGames: 2, minTeams: 2, captainRows: false,
    slots: [slot('QB', ['QB']), slot('RB', ['RB']), slot('RB', ['RB']), slot('WR', ['WR']), slot('WR', ['WR']),
      slot('WR', ['WR']), slot('TE', ['TE']), slot('FLEX', NFL_SKILL), slot('DST', ['DST'])],
  },
  NBA: {
    salaryCap: 50_000, maxPerTeam: null, minGames: 2, minTeams: 2, captainRows: false,
    slots: [slot('PG', ['PG']), slot('SG', ['SG']), slot('SF', ['SF']), slot('PF', ['PF']), slot('C', ['C']),
      slot('G', ['PG', 'SG']), slot('F', ['SF', 'PF']), slot('UTIL', NBA_ALL)],
  },
  MLB: {
    // DK MLB: at most 5 hitters from one team; pitchers do not count.
    salaryCap: 50_000, maxPerTeam: 5, maxPerTeamExcludePositions: MLB_PITCHERS, minGames: 2, minTeams: 2,
    captainRows: false,
    slots: [slot('P', MLB_PITCHERS), slot('P', MLB_PITCHERS), slot('C', ['C']), slot('1B', ['1B']),
      slot('2B', ['2B']), slot('3B', ['3B']), slot('SS', ['SS']), slot('OF', ['OF']), slot('OF', ['OF']),
      slot('OF', ['OF'])],
  },
  NHL: {
    // DK NHL: skaters from at least 3 teams (goalie not counted), players from at least 2 games.
    salaryCap: 50_000, maxPerTeam: null, minGames: 2, minTeams: 3, minTeamsExcludePositions: ['G'],
    captainRows: false,
    slots: [slot('C', ['C']), slot('C', ['C']), slot('W', NHL_WINGS), slot('W', NHL_WINGS), slot('W', NHL_WINGS),
      slot('D', ['D']), slot('D', ['D']), slot('G', ['G']), slot('UTIL', NHL_SKATERS)],
  },
};

/** Showdown Captain Mode: one game, a CPT row (its own id, 1.5x salary in the file) and five FLEX/UTIL rows. */
function dkShowdown(sport: Sport): RulesBody {
  const flexName = sport === 'NFL' ? 'FLEX' : 'UTIL';
  const all = ALL_POSITIONS[sport];
  return {
    salaryCap: 50_000, maxPerTeam: 5, minGames: 1, minTeams: 2, captainRows: true,
    slots: [slot('CPT', all, 1.5), ...Array.from({ length: 5 }, () => slot(flexName, all))],
  };
}

/** DraftKings' rules for a sport and game type. */
export function draftKingsRosterRules(sport: Sport, gameType: GameType): RulesBody {
  return gameType === 'classic' ? DK_CLASSIC[sport] : dkShowdown(sport);
}
