/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { buildLargeLineups } from './build-large-lineups.js';
import { buildLineups } from './build-lineups.js';

export const optimizerJobs = [buildLineups, buildLargeLineups] as const;
