/** The jobs of this module, in the order the registry lists them (src/app/registry.ts). */
import { pollInjuriesJob } from './poll-injuries.js';
import { pollSourceJob } from './poll-source.js';

export const injuryJobs = [pollInjuriesJob, pollSourceJob] as const;
