/**
 * Every job of the platform, from each module's jobs/index.ts. The registry creates the queues at start and types
 * `send` (core's SendJob, by declaration merging); it imports only definitions (schemas and policies), never the
 * handlers' heavy code.
 */
import { dfsJobs } from '../ingest/dfs/jobs/index.js';
import { oddsJobs } from '../ingest/odds/jobs/index.js';
import { weatherJobs } from '../ingest/weather/jobs/index.js';
import { injuryJobs } from '../ingest/injury/jobs/index.js';
import { statsJobs } from '../ingest/stats/jobs/index.js';
import { simJobs } from '../sim/jobs/index.js';
import { optimizerJobs } from '../optimizer/jobs/index.js';
import { portfolioJobs } from '../portfolio/jobs/index.js';
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
  ...portfolioJobs,
] as const;

type AnyJob = (typeof jobRegistry)[number];
type RegisteredPayloads = { [J in AnyJob as J['name']]: z.input<J['schema']> };

// Types core's `send` (and scheduleJob) with every registered job: core declares JobPayloads empty.
declare module '../core/jobs/send-job.js' {
  interface JobPayloads extends RegisteredPayloads {}
}

const byName = new Map<string, JobDefinition>(jobRegistry.map((job) => [job.name, job as unknown as JobDefinition]));

/** The definition of a job by name, or undefined for a name no module declares. */
export function findJob(name: string): JobDefinition | undefined {
  return byName.get(name);
}

export function allJobs(): JobDefinition[] {
  return [...byName.values()];
}
