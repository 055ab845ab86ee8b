/**
 * The site adapters by site. The Record type makes a site added to SITES (core/site-rules) fail to compile here
 * until it has an adapter.
 */
import { GAME_TYPES, SITES, SPORTS, UnknownSiteRulesError, isGameType, isSite, isSport, type Site, type SiteRules, type Sport } from '../core/site-rules.js';
import type { ScoringTable } from '../core/scoring-rules.js';
import { completeRules } from './complete-rules.js';
import { draftKings } from './draftkings/adapter.js';
import { fanDuel } from './fanduel/adapter.js';
import type { SiteAdapter } from './site-adapter.js';

const ADAPTERS: Readonly<Record<Site, SiteAdapter>> = { draftkings: draftKings, fanduel: fanDuel };

/** The adapter of a site. */
export function siteAdapter(site: Site): SiteAdapter {
  return ADAPTERS[site];
}

/** Every site's adapter, in SITES order. */
export function listSiteAdapters(): SiteAdapter[] {
  return SITES.map((site) => ADAPTERS[site]);
}

/** Roster rules for one site x sport x game type; throws UnknownSiteRulesError naming the combination. */
export function getSiteRules(site: string, sport: string, gameType: string): SiteRules {
  if (!isSite(site) || !isSport(sport) || !isGameType(gameType)) throw new UnknownSiteRulesError(site, sport, gameType);
  return completeRules(site, sport, gameType, ADAPTERS[site].rosterRules(sport, gameType));
}

/** Every supported combination, for tests and the API's listing. */
export function listSiteRules(): SiteRules[] {
  return SITES.flatMap((site) => SPORTS.flatMap((sport) => GAME_TYPES.map((g) => getSiteRules(site, sport, g))));
}

/** The scoring table of a site and sport. */
export function getScoringTable(site: Site, sport: Sport): ScoringTable {
  return ADAPTERS[site].scoring[sport];
}

/** Every site x sport scoring table. */
export function listScoringTables(): readonly ScoringTable[] {
  return SITES.flatMap((site) => SPORTS.map((sport) => ADAPTERS[site].scoring[sport]));
}

/** Captain slot names of every site (DK CPT, FanDuel MVP/CAPTAIN). */
const CAPTAIN_SLOTS: ReadonlySet<string> = new Set(SITES.flatMap((site) => ADAPTERS[site].captainSlots));

/**
 * The one captain-row rule: a row whose roster positions are only captain slots (DK showdown lists each player
 * twice, a CPT row with its own id and salary and a FLEX/UTIL row). Rows with no roster positions are not captains.
 */
export function isCaptainRow(rosterPositions: readonly string[]): boolean {
  return rosterPositions.length > 0 && rosterPositions.every(isCaptainSlot);
}

/** True for a captain slot name of any site ('CPT', 'MVP', 'CAPTAIN'), e.g. a projection file's position cell. */
export function isCaptainSlot(slotName: string): boolean {
  return CAPTAIN_SLOTS.has(slotName);
}

/** The captain slot names, for SQL that filters captain rows out (`rosterPositions <@ captainSlotNames()`). */
export function captainSlotNames(): string[] {
  return [...CAPTAIN_SLOTS];
}
