/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { pollOdds } from './poll-odds.js';

export const oddsJobs = [pollOdds] as const;
