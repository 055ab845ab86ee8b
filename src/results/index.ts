/**
 * The results tier's public API: what actually happened after lock (actual points, played, actual ownership,
 * real contest standings, box-score stat lines scored by the platform) and the grading of projections against it.
 * Other modules import only this file.
 */
export { importResultsFile, type ImportResultsReport, type ImportResultsOptions, type UnmatchedResult } from './import-results-file.js';
export { ResultsFileError } from './parse/results-file-error.js';
export { MAX_RESULTS_FILE_BYTES } from './parse/parse-results-file.js';
