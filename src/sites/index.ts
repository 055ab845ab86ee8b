/**
 * sites public API: one adapter per DFS site (src/sites/<site>/) holding its roster rules, scoring, salary file
 * parser, upload and entries file format, status codes and captain slots; the registry answers per site. The
 * vocabulary (SITES, SPORTS, GAME_TYPES) and the rule shapes live in core (core/site-rules, core/scoring-rules).
 */
export { siteAdapter, listSiteAdapters, getSiteRules, listSiteRules, getScoringTable, listScoringTables, isCaptainRow, isCaptainSlot, captainSlotNames } from './registry.js';
export type { SiteAdapter, SalaryFileOptions, EntryRow } from './site-adapter.js';
