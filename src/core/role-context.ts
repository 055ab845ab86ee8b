/** What a role receives when it starts, and what it gives back so the platform can stop it in order. */
import type { Express } from 'express';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import type { Db } from './db.js';
import type { Logger } from './logger.js';
import type { RoleName } from './role-names.js';
import type { SendJob } from './jobs/send-job.js';

export interface RoleContext {
  role: RoleName;
  config: Config;
  db: Db;
  boss: PgBoss;
  send: SendJob;
  logger: Logger;
  /** The process's HTTP app: HTTP roles mount their routers on it; worker roles leave it alone. */
  app: Express;
}

export interface RoleHandle {
  /** Stops schedules and other timers; job workers and HTTP are stopped by the platform. */
  stop(): Promise<void>;
  /**
   * Releases what in-flight jobs still use (solver thread pools): called only after the job workers have drained,
   * so a SIGTERM never pulls a pool from under a job that is allowed to finish.
   */
  release?(): Promise<void>;
}

export type StartRole = (ctx: RoleContext) => Promise<RoleHandle>;

/** A role with nothing to stop beyond what the platform stops. */
export const noopHandle: RoleHandle = { stop: async () => undefined };
