/**
 * The results tier's public API: what actually happened after lock (actual points, played, actual ownership,
 * real contest standings, box-score stat lines scored by the platform) and the grading of projections against it.
 * Other modules import only this file.
 */
export { importResultsFile, type ImportResultsReport } from './import-results-file.js';
export { MAX_RESULTS_FILE_BYTES } from './parse/parse-results-file.js';
export { parseStatsFile } from './stats/parse-stats-file.js';
export { importStatLines, type ImportStatsReport } from './stats/import-stat-lines.js';
export { parseEspnBoxScore } from './stats/parse-espn-box-score.js';
export { parseMlbGameLog } from './stats/parse-mlb-game-log.js';
export { scoreStats } from './stats/score-stat-line.js';
export { gradeSlate, type SlateGrade, type GradedPlayer, type GradeSummary } from './grade/grade-slate.js';
export { COVERAGE_LEVELS, NOMINAL } from './grade/metrics.js';
export { easternDate } from './stats/eastern-date.js';
export { gradeLineups } from './grade/grade-lineups.js';
export { gradeContest, type ContestGrade } from './grade/grade-contest.js';
