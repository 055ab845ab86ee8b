/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { finishRun } from './finish-run.js';
import { refreshStale } from './refresh-stale.js';
import { runChunk } from './run-chunk.js';
import { runContest } from './run-contest.js';
import { runProjections } from './run-projections.js';

export const simJobs = [runProjections, runContest, runChunk, finishRun, refreshStale] as const;
