/**
 * Every job of the platform, from each module's jobs/index.ts. The registry creates the queues at start and types
 * `send`; it imports only definitions (schemas and policies), never the handlers' heavy code.
 */
import { dfsJobs } from '../ingest/dfs/jobs/index.js';
import { oddsJobs } from '../ingest/odds/jobs/index.js';
import { weatherJobs } from '../ingest/weather/jobs/index.js';
import { injuryJobs } from '../ingest/injury/jobs/index.js';
import { statsJobs } from '../ingest/stats/jobs/index.js';
import { simJobs } from '../sim/jobs/index.js';
import { optimizerJobs } from '../optimizer/jobs/index.js';
import { platformJobs } from './platform-jobs.js';
import type { JobDefinition } from '../core/jobs/define-job.js';
import type { z } from 'zod';

export const jobRegistry = [
  ...platformJobs,
  ...dfsJobs,
  ...oddsJobs,
  ...weatherJobs,
  ...injuryJobs,
  ...statsJobs,
  ...simJobs,
  ...optimizerJobs,
] as const;

type AnyJob = (typeof jobRegistry)[number];
export type JobName = AnyJob['name'];
export type JobPayload<N extends JobName> = z.input<Extract<AnyJob, { name: N }>['schema']>;

/** Where a job that failed its last retry is copied, for the admin page. */
export const DEAD_LETTER_QUEUE = 'platform.dead-letter';

const byName = new Map<string, JobDefinition>(jobRegistry.map((job) => [job.name, job as unknown as JobDefinition]));

/** The definition of a job by name, or undefined for a name no module declares. */
export function findJob(name: string): JobDefinition | undefined {
  return byName.get(name);
}

export function allJobs(): JobDefinition[] {
  return [...byName.values()];
}
