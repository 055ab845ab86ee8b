/**
 * ingest-injury public API: injury statuses from ESPN, news feeds, the NFL report and the DFS sites,
 * normalised, matched to canonical players, kept as history, and turned into slate re-simulations and
 * lineup swap flags. Other modules import only this file.
 */
export { runOnce } from './run-once.js';
export { normalizeInjuryStatus, compareSeverity, InjuryStatusSchema, UNAVAILABLE_STATUSES, type InjuryStatus } from './status/normalize-status.js';
export type { InjuryReport, InjurySource, ParsedInjuries } from './parse/injury-report.js';
export { parseEspnInjuries } from './parse/parse-espn-injuries.js';
export { parseNflInjuryReport } from './parse/parse-nfl-injury-report.js';
export { parseNewsFeed, type NewsItem, type ParsedFeed } from './parse/parse-news-feed.js';
export { currentStatuses, type CurrentStatus } from './store/current-statuses.js';
export { readLatestReports, readPlayerReports, readInjuryFeed, type LatestReport, type InjuryFeedFilter } from './store/read-reports.js';
export { listInjuryHistory, listUnmatchedInjuryNames, type InjuryHistoryEntry } from './store/list-injury-history.js';
export { refreshLineupSwapFlags, INJURY_SWAP_PREFIX } from './react/refresh-lineup-swap-flags.js';
export { listInjurySources, type InjurySourceRef } from './sources/injury-source.js';
