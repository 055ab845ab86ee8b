/**
 * Starts the roles of one process against one database and stops them in order: HTTP first (no new work comes
 * in), then the roles' schedules, then pg-boss (waiting for in-flight jobs), then the database client, then the
 * embedded PostgreSQL if this process started it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import { createDb, type Db } from '../core/db.js';
import type { Logger } from '../core/logger.js';
import { describeError } from '../core/errors.js';
import type { RoleName } from '../core/role-names.js';
import type { RoleHandle, StartRole } from '../core/role-context.js';
import { resolveDatabase, type ResolvedDatabase } from '../core/database/resolve-database.js';
import { migrate } from '../core/database/migrate.js';
import { MIGRATIONS_DIR } from '../core/database/migrations-dir.js';
import { startBoss } from '../core/jobs/boss.js';
import type { SendJob } from '../core/jobs/send-job.js';
import { startWorkers } from '../core/jobs/start-workers.js';
import { startLeaseReaper } from '../core/jobs/job-leases.js';
import type { JobDefinition } from '../core/jobs/define-job.js';
import { createApp, type HealthState } from '../core/http/create-app.js';
import { installErrorHandling } from '../core/http/error-handler.js';
import { allJobs } from './registry.js';
import { createSendJob, ensureAppQueues } from './queues.js';
import { roleLoaders } from './roles.js';

export interface PlatformOptions {
  config: Config;
  roles: RoleName[];
  logger: Logger;
  /** Replace the role loaders or job list (tests); defaults to the real ones. */
  loaders?: Partial<Record<RoleName, () => Promise<{ start: StartRole }>>>;
  jobs?: readonly JobDefinition[];
}

export interface Platform {
  url: string;
  /** True when DATABASE_URL was unset and the embedded PostgreSQL serves the platform. */
  embedded: boolean;
  port: number;
  db: Db;
  boss: PgBoss;
  send: SendJob;
  health: HealthState;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Brings up the given roles: database, migrations, queues, roles, workers, HTTP. */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { config, roles, logger } = options;
  const database = await resolveDatabase(config, logger);
  // Whatever started before a later step fails is stopped again, newest first: a process that cannot listen
  // must exit, not keep working jobs without its HTTP side (or leave the embedded PostgreSQL running).
  const undo: (() => Promise<void>)[] = [() => database.stop()];
  const unwind = async (): Promise<void> => {
    for (const step of undo.reverse()) await step().catch((error: unknown) => logger.error({ err: describeError(error) }, 'stop after a failed start'));
  };
  try {
    return await startOn(database, options, undo);
  } catch (error) {
    await unwind();
    throw error;
  }
}

async function startOn(
  database: ResolvedDatabase,
  options: PlatformOptions,
  undo: (() => Promise<void>)[],
): Promise<Platform> {
  const { config, roles, logger } = options;
  const migrated = await migrate(database.url, MIGRATIONS_DIR);
  if (migrated.applied.length) logger.info({ applied: migrated.applied }, 'migrations applied');

  const db = createDb(database.url);
  undo.push(() => db.$disconnect());
  const boss = await startBoss(database.url, logger);
  undo.push(() => boss.stop({ graceful: false, wait: true }));
  const jobs = options.jobs ?? allJobs();
  await ensureAppQueues(boss, jobs);
  const send = createSendJob(boss);

  const health: HealthState = { roles: {} };
  const app = createApp(db, health, config.TRUST_PROXY);
  const handles: { role: RoleName; handle: RoleHandle }[] = [];
  for (const role of roles) {
    const log = logger.child({ role });
    // A role that cannot start is reported and skipped: the other roles of the process keep running.
    try {
      const loader = options.loaders?.[role] ?? roleLoaders[role];
      const { start } = await loader();
      const handle = await start({ role, config, db, boss, send, logger: log, app });
      undo.push(async () => {
        await handle.stop();
        await handle.release?.();
      });
      await startWorkers({ boss, db, config, logger: log, send }, jobs.filter((j) => j.role === role));
      handles.push({ role, handle });
      health.roles[role] = 'running';
    } catch (error) {
      health.roles[role] = `failed: ${describeError(error)}`;
      log.error({ err: error }, 'role failed to start');
    }
  }
  const workedQueues = jobs.filter((j) => handles.some((h) => h.role === j.role)).map((j) => j.name);
  // Jobs whose worker died (kill -9) are failed for retry by any worker process within about a minute.
  const stopReaper = workedQueues.length ? startLeaseReaper(boss, workedQueues, config.JOB_STALE_AFTER_SECONDS, logger) : () => undefined;
  undo.push(async () => stopReaper());
  installErrorHandling(app, logger);

  const server = createServer(app);
  const port = await listen(server, config.PORT, config.HOST).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${config.PORT} on ${config.HOST} is already in use (set PORT to another port)`);
    throw error;
  });
  logger.info({ port, roles }, 'platform started');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      logger.info('stopping: HTTP');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      for (const { role, handle } of handles.reverse()) {
        await handle.stop().catch((error: unknown) => logger.error({ role, err: describeError(error) }, 'role stop failed'));
      }
      stopReaper();
      logger.info('stopping: job workers (waiting for in-flight jobs)');
      await boss.stop({ graceful: true, wait: true, timeout: config.SHUTDOWN_TIMEOUT_MS });
      for (const { role, handle } of handles) {
        await handle.release?.().catch((error: unknown) => logger.error({ role, err: describeError(error) }, 'role release failed'));
      }
      logger.info('stopping: database');
      await db.$disconnect();
      await database.stop();
      logger.info('stopped');
    })();
    return stopping;
  };

  return { url: database.url, embedded: database.embedded, port, db, boss, send, health, stop };
}
