/** DATABASE_URL when set, else the embedded PostgreSQL (started or reused) in EMBEDDED_PG_DIR. */
import type { Config } from '../../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface ResolvedDatabase { url: string; embedded: boolean; stop(): Promise<void> }

export async function resolveDatabase(config: Config, logger: Logger): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  logger.info({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT }, 'DATABASE_URL unset: using embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DIR,
    port: config.EMBEDDED_PG_PORT,
    onLog: (line) => logger.debug({ postgres: line.trim() }, 'embedded postgres'),
  });
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
