/**
 * Short-lived access to the platform's database for one CLI command: the same config as the server
 * (DATABASE_URL, else the embedded PostgreSQL), migrated, with pg-boss for commands that enqueue or inspect jobs.
 */
import type PgBoss from 'pg-boss';
import { getConfig, type Config } from '../config.js';
import { createDb, type Db } from '../core/db.js';
import { createLogger, type Logger } from '../core/logger.js';
import { resolveDatabase } from '../core/database/resolve-database.js';
import { migrate } from '../core/database/migrate.js';
import { MIGRATIONS_DIR } from '../core/database/migrations-dir.js';
import { startBoss, ensureQueues } from '../core/jobs/boss.js';
import { createSendJob, type SendJob } from '../core/jobs/send-job.js';
import { allJobs } from '../jobs/registry.js';

export interface CliSession { config: Config; logger: Logger; db: Db; boss: PgBoss; send: SendJob }

/** Runs `fn` with a database session and closes everything afterwards, whatever happens. */
export async function withDatabase<T>(fn: (session: CliSession) => Promise<T>): Promise<T> {
  const config = getConfig();
  // Logs go to stderr at warn so stdout stays clean for --json.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { stderr: true });
  const database = await resolveDatabase(config, logger);
  try {
    await migrate(database.url, MIGRATIONS_DIR);
    const db = createDb(database.url, { max: 4 });
    const boss = await startBoss(database.url, logger, { supervise: false });
    try {
      await ensureQueues(boss, allJobs());
      return await fn({ config, logger, db, boss, send: createSendJob(boss) });
    } finally {
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}
