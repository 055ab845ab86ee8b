/**
 * Roster rules per site x sport x game type: the one data table every module (ingestion, optimizer, sim, API)
 * reads. Checked against DraftKings' own rules API (test/fixtures/optimizer/dk_api_rules_gametype*.json) and the
 * DKEntries / FanDuel upload template headers.
 */
import { AppError } from './errors.js';

export const SITES = ['draftkings', 'fanduel'] as const;
export type Site = (typeof SITES)[number];

export const SPORTS = ['NFL', 'NBA', 'MLB', 'NHL'] as const;
export type Sport = (typeof SPORTS)[number];

/** FanDuel single-game is stored as 'showdown': one game, a captain/MVP slot with a points multiplier. */
export const GAME_TYPES = ['classic', 'showdown'] as const;
export type GameType = (typeof GAME_TYPES)[number];

export interface RosterSlot {
  /** Slot name as the site shows it, e.g. 'FLEX', 'CPT', 'MVP'. */
  name: string;
  /** Natural positions that may fill the slot, e.g. ['RB','WR','TE']. */
  eligible: string[];
  /** Salary factor applied by the optimizer. Unset for DK CPT: the CSV row already carries the 1.5x salary. */
  salaryMultiplier?: number;
  /** Fantasy points factor (DK CPT 1.5, FD MVP 1.5 or 2). */
  pointsMultiplier?: number;
}

export interface SiteRules {
  site: Site;
  sport: Sport;
  gameType: GameType;
  salaryCap: number;
  slots: RosterSlot[];
  /** Most players from one team; null when the site has no such limit. */
  maxPerTeam: number | null;
  /** Positions that do not count toward maxPerTeam (MLB pitchers: the limit is on hitters). */
  maxPerTeamExcludePositions?: string[];
  /** Players must come from at least this many games (1 = no rule). */
  minGames: number;
  /** Players must come from at least this many teams; null when the site has no such rule. */
  minTeams: number | null;
  /** Positions ignored when counting teams for minTeams (DK NHL: goalies do not count). */
  minTeamsExcludePositions?: string[];
  /**
   * True when the site lists every player once per captain slot with its own id and salary (DK showdown:
   * a CPT row and a FLEX/UTIL row). Captain rows then fill only captain slots and plain rows only the others.
   */
  captainRows: boolean;
  /** Column headers of the upload CSV, one per slot, in slot order. */
  uploadSlotNames: string[];
}

const slot = (name: string, eligible: string[], pointsMultiplier?: number): RosterSlot =>
  pointsMultiplier === undefined ? { name, eligible } : { name, eligible, pointsMultiplier };

const NFL_SKILL = ['RB', 'WR', 'TE'];
const NFL_ALL = ['QB', 'RB', 'WR', 'TE', 'K', 'DST'];
const NBA_ALL = ['PG', 'SG', 'SF', 'PF', 'C'];
const MLB_HITTERS = ['C', '1B', '2B', '3B', 'SS', 'OF'];
const MLB_PITCHERS = ['P', 'SP', 'RP'];
const MLB_ALL = [...MLB_PITCHERS, ...MLB_HITTERS];
const NHL_WINGS = ['LW', 'RW', 'W'];
const NHL_SKATERS = ['C', ...NHL_WINGS, 'D'];
const NHL_ALL = [...NHL_SKATERS, 'G'];
const ALL_POSITIONS: Record<Sport, string[]> = { NFL: NFL_ALL, NBA: NBA_ALL, MLB: MLB_ALL, NHL: NHL_ALL };

type RulesBody = Omit<SiteRules, 'site' | 'sport' | 'gameType' | 'uploadSlotNames'> & { uploadSlotNames?: string[] };

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

function dkShowdown(sport: Sport): RulesBody {
  const flexName = sport === 'NFL' ? 'FLEX' : 'UTIL';
  const all = ALL_POSITIONS[sport];
  return {
    salaryCap: 50_000, maxPerTeam: 5, minGames: 1, minTeams: 2, captainRows: true,
    slots: [slot('CPT', all, 1.5), ...Array.from({ length: 5 }, () => slot(flexName, all))],
  };
}

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

function bodyFor(site: Site, sport: Sport, gameType: GameType): RulesBody {
  if (site === 'draftkings') return gameType === 'classic' ? DK_CLASSIC[sport] : dkShowdown(sport);
  return gameType === 'classic' ? FD_CLASSIC[sport] : FD_SINGLE_GAME[sport];
}

/** Thrown for a site x sport x game type we have no rules for (bad input from a file or request). */
export class UnknownSiteRulesError extends AppError {
  constructor(site: string, sport: string, gameType: string) {
    super('unknown_site_rules', `no roster rules for site "${site}", sport "${sport}", game type "${gameType}" ` +
      `(known: ${SITES.join('|')} x ${SPORTS.join('|')} x ${GAME_TYPES.join('|')})`);
    this.name = 'UnknownSiteRulesError';
  }
}

/** Roster rules for one site x sport x game type; throws UnknownSiteRulesError naming the combination. */
export function getSiteRules(site: string, sport: string, gameType: string): SiteRules {
  if (!isSite(site) || !isSport(sport) || !isGameType(gameType)) throw new UnknownSiteRulesError(site, sport, gameType);
  const body = bodyFor(site, sport, gameType);
  const slots = body.slots.map((s) => ({ ...s, eligible: [...s.eligible] }));
  return { ...body, site, sport, gameType, slots, uploadSlotNames: body.uploadSlotNames ?? slots.map((s) => s.name) };
}

/** Every supported combination, for tests and the API's listing. */
export function listSiteRules(): SiteRules[] {
  return SITES.flatMap((site) => SPORTS.flatMap((sport) => GAME_TYPES.map((g) => getSiteRules(site, sport, g))));
}

export const isSite = (v: string): v is Site => (SITES as readonly string[]).includes(v);
export const isSport = (v: string): v is Sport => (SPORTS as readonly string[]).includes(v);
export const isGameType = (v: string): v is GameType => (GAME_TYPES as readonly string[]).includes(v);
