/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { fetchBoxScoreJob } from './fetch-box-score.js';
import { pollBoxScoresJob } from './poll-box-scores.js';

export const statsJobs = [pollBoxScoresJob, fetchBoxScoreJob] as const;
