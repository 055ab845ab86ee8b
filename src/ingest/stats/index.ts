/**
 * ingest-stats public API: box scores of games that ended (ESPN for NFL/NBA/NHL, MLB Stats API), stored as stat
 * lines and scored into slate results through the results module. Other modules import only this file.
 */
export { runOnce } from './run-once.js';
