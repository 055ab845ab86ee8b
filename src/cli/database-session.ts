/**
 * Short-lived access to the platform's database for one CLI command: the same config as the server
 * (DATABASE_URL, else the embedded PostgreSQL), migrated, with pg-boss for commands that enqueue or inspect jobs.
 */
import type PgBoss from 'pg-boss';
import { getConfig, type Config } from '../config.js';
import type { Db } from '../core/db.js';
import { createLogger, type Logger } from '../core/logger.js';
import type { SendJob } from '../core/jobs/send-job.js';

export interface CliSession { config: Config; logger: Logger; db: Db; boss: PgBoss; send: SendJob }

/** Runs `fn` with a database session and closes everything afterwards, whatever happens. */
export async function withDatabase<T>(fn: (session: CliSession) => Promise<T>): Promise<T> {
  const config = getConfig();
  // Logs go to stderr at warn so stdout stays clean for --json.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { stderr: true });
  // Loaded here, not at the top: commands without a database (optimize) start without pg, prisma and pg-boss.
  const [{ createDb }, { resolveDatabase }, { migrate }, { MIGRATIONS_DIR }, { startBoss }, { ensureAppQueues, createSendJob }] = await Promise.all([
    import('../core/db.js'), import('../core/database/resolve-database.js'), import('../core/database/migrate.js'),
    import('../core/database/migrations-dir.js'), import('../core/jobs/boss.js'), import('../app/queues.js'),
  ]);
  const database = await resolveDatabase(config, logger);
  try {
    await migrate(database.url, MIGRATIONS_DIR);
    const db = createDb(database.url, { max: 4 });
    const boss = await startBoss(database.url, logger, { supervise: false });
    try {
      await ensureAppQueues(boss);
      return await fn({ config, logger, db, boss, send: createSendJob(boss) });
    } finally {
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}
