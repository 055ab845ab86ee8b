/**
 * The optimizer's database reader for other modules: a stored slate's players in the optimizer's terms. Separate
 * from index.ts because it loads the database side (and the sim module's draws).
 */
export { loadSlateOptimizerPlayers } from './data/load-optimizer-input.js';
