/**
 * The shape of a background job: a name, the role whose workers run it, a payload schema checked on send and on
 * work, a retry policy, and a handler. One file per job under src/<module>/jobs/; heavy code is imported inside
 * the handler so a role never loads another role's modules.
 */
import type { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../db.js';
import type { Logger } from '../logger.js';
import type { RoleName } from '../role-names.js';
import type { SendJob } from './send-job.js';

export interface RetryPolicy {
  /** Retries after the first attempt before the job is failed and copied to the dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelay: number;
  /** Double the delay on each retry (with jitter, as pg-boss does). */
  retryBackoff: boolean;
  /** An active job older than this is failed (its worker died); it is then retried like any failure. */
  expireInSeconds: number;
}

export const DEFAULT_POLICY: RetryPolicy = { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 15 * 60 };

export interface JobContext {
  db: Db;
  config: Config;
  logger: Logger;
  send: SendJob;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /**
   * True on the attempt after which pg-boss gives up (retryCount has reached the job's own retryLimit, the value
   * its queue was created with): the handler's chance to record the failure for the user before the job fails.
   */
  lastAttempt: boolean;
  /** Aborted within ~2 s of the job being cancelled (admin cancel, or the user cancelling its run). */
  signal?: AbortSignal;
}

export interface JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> {
  name: N;
  role: RoleName;
  description: string;
  schema: S;
  policy?: Partial<RetryPolicy>;
  handler: (payload: z.output<S>, ctx: JobContext) => Promise<unknown>;
}

/** Declares a job; the literal name type makes `send('module.verb-noun', payload)` type-checked. */
export function defineJob<const N extends string, S extends z.ZodType>(definition: JobDefinition<N, S>): JobDefinition<N, S> {
  return definition;
}

/** The job's retry policy: what its queue is created with (boss.ts) and what tells a handler its last attempt. */
export function policyOf(definition: Pick<JobDefinition, 'policy'>): RetryPolicy {
  return { ...DEFAULT_POLICY, ...definition.policy };
}

/** True when `retryCount` is the job's last attempt under its own policy (pg-boss retries while count < limit). */
export function isLastAttempt(definition: Pick<JobDefinition, 'policy'>, retryCount: number): boolean {
  return retryCount >= policyOf(definition).retryLimit;
}
