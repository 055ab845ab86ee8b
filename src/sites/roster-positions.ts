/**
 * Position groups the sites' roster rules share (which natural positions fill a FLEX, UTIL or W slot), and the
 * slot constructor. Sport data: a new sport adds its groups here and its slots in each site's roster-rules.ts.
 */
import type { RosterSlot, SiteRules, Sport } from '../core/site-rules.js';

/** One site's rules for a sport and game type, without the keys the registry fills in. */
export type RulesBody = Omit<SiteRules, 'site' | 'sport' | 'gameType' | 'uploadSlotNames'> & { uploadSlotNames?: string[] };

export const slot = (name: string, eligible: string[], pointsMultiplier?: number): RosterSlot =>
  pointsMultiplier === undefined ? { name, eligible } : { name, eligible, pointsMultiplier };

export const NFL_SKILL = ['RB', 'WR', 'TE'];
export const NFL_ALL = ['QB', 'RB', 'WR', 'TE', 'K', 'DST'];
export const NBA_ALL = ['PG', 'SG', 'SF', 'PF', 'C'];
export const MLB_HITTERS = ['C', '1B', '2B', '3B', 'SS', 'OF'];
export const MLB_PITCHERS = ['P', 'SP', 'RP'];
export const MLB_ALL = [...MLB_PITCHERS, ...MLB_HITTERS];
export const NHL_WINGS = ['LW', 'RW', 'W'];
export const NHL_SKATERS = ['C', ...NHL_WINGS, 'D'];
export const NHL_ALL = [...NHL_SKATERS, 'G'];
export const ALL_POSITIONS: Record<Sport, string[]> = { NFL: NFL_ALL, NBA: NBA_ALL, MLB: MLB_ALL, NHL: NHL_ALL };

