/** Typed, validated enqueueing: the payload is checked against the job's schema before it reaches the queue. */
import type PgBoss from 'pg-boss';
import { AppError } from '../errors.js';
import type { JobDefinition } from './define-job.js';
import { describeZodError } from '../validation/zod-problems.js';

/**
 * The payload `send` accepts, by job name. Empty here: the app's job registry (src/app/registry.ts) fills it in by
 * declaration merging, so `send` is type-checked against every module's jobs while core imports none of them.
 */
export interface JobPayloads {}
export type JobName = keyof JobPayloads & string;
export type JobPayload<N extends JobName> = JobPayloads[N];

export interface SendOptions {
  /**
   * At most one unfinished (created, retry or active) job of this name with this key: a second send returns null.
   * Enforced here because pg-boss applies singleton keys only to non-standard queue policies.
   */
  singletonKey?: string;
  /** A deterministic id: a second send with the same id is a no-op (returns null). */
  id?: string;
  startAfter?: Date | number;
  priority?: number;
}

export type SendJob = <N extends JobName>(name: N, payload: JobPayload<N>, options?: SendOptions) => Promise<string | null>;

/** Makes the `send` function bound to one pg-boss instance and the jobs it may send (the app's registry). */
export function bindSendJob(boss: PgBoss, jobs: readonly JobDefinition[]): SendJob {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  return async (name, payload, options = {}) => {
    const definition = byName.get(name);
    if (!definition) throw new AppError('unknown_job', `no job named ${name}`);
    const parsed = definition.schema.safeParse(payload);
    if (!parsed.success) {
      throw new AppError('invalid_job_payload', `payload for ${name}: ${describeZodError(parsed.error)}`);
    }
    if (options.singletonKey) {
      const { rows } = await boss.getDb().executeSql(
        `SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active') LIMIT 1`,
        [name, options.singletonKey],
      );
      // A small window remains between this check and the insert; every job is idempotent, so a rare twin is harmless.
      if (rows.length > 0) return null;
    }
    return boss.send(name, parsed.data as object, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.id ? { id: options.id } : {}),
      ...(options.startAfter !== undefined ? { startAfter: options.startAfter instanceof Date ? options.startAfter : options.startAfter } : {}),
      ...(options.priority !== undefined ? { priority: options.priority } : {}),
    });
  };
}
