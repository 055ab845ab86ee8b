/**
 * The platform's vocabulary of sites, sports and game types (each list exists here only: zod enums, OpenAPI enums
 * and config read these), and the shape of one site's roster rules. The rules themselves are data in each site's
 * adapter (src/sites/<site>/roster-rules.ts), read through getSiteRules in src/sites.
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

/** Thrown for a site x sport x game type we have no rules for (bad input from a file or request). */
export class UnknownSiteRulesError extends AppError {
  constructor(site: string, sport: string, gameType: string) {
    super('unknown_site_rules', `no roster rules for site "${site}", sport "${sport}", game type "${gameType}" ` +
      `(known: ${SITES.join('|')} x ${SPORTS.join('|')} x ${GAME_TYPES.join('|')})`);
    this.name = 'UnknownSiteRulesError';
  }
}

export const isSite = (v: string): v is Site => (SITES as readonly string[]).includes(v);

/** A stored or requested site name as a Site; throws naming the known ones (a row holding another is corrupt). */
export function toSite(v: string): Site {
  if (!isSite(v)) throw new AppError('unknown_site_rules', `unknown site "${v}" (known: ${SITES.join(', ')})`);
  return v;
}

export const isSport = (v: string): v is Sport => (SPORTS as readonly string[]).includes(v);
export const isGameType = (v: string): v is GameType => (GAME_TYPES as readonly string[]).includes(v);
