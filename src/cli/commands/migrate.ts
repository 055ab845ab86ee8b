/** `sportsdata migrate`: applies pending SQL migrations (also done automatically on start). */
import { getConfig } from '../../config.js';
import { createLogger } from '../../core/logger.js';
import { resolveDatabase } from '../../core/database/resolve-database.js';
import { migrate } from '../../core/database/migrate.js';
import { MIGRATIONS_DIR } from '../../core/database/migrations-dir.js';
import type { Command } from '../command.js';

export const migrateCommand: Command = {
  path: ['migrate'],
  summary: 'Apply pending database migrations',
  usage: 'sportsdata migrate [--json]',
  async run() {
    const config = getConfig();
    const database = await resolveDatabase(config, createLogger('warn', { stderr: true }));
    try {
      const result = await migrate(database.url, MIGRATIONS_DIR);
      const text = result.applied.length
        ? `applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
        : `database is up to date (${result.alreadyApplied} migration(s) applied earlier)`;
      return { json: { ...result }, text };
    } finally {
      await database.stop();
    }
  },
};
