/**
 * ingest-injury public API: injury statuses from ESPN, news feeds, the NFL report and the DFS sites,
 * normalised, matched to canonical players, kept as history, and turned into slate re-simulations and
 * lineup swap flags. Other modules import only this file; it exports only what they use (the news and ESPN
 * parsers stay inside, so a role that needs the status vocabulary does not load the XML parser).
 */
export { runOnce } from './run-once.js';
export type { InjuryReport, InjurySource, ParsedInjuries } from './parse/injury-report.js';
export { parseEspnInjuries } from './parse/parse-espn-injuries.js';
export { parseNflInjuryReport } from './parse/parse-nfl-injury-report.js';
export { listUnmatchedInjuryNames } from './store/list-injury-history.js';
export { readLatestReports, readPlayerReports, readInjuryFeed, type LatestReport, type InjuryFeedFilter } from './store/read-reports.js';
