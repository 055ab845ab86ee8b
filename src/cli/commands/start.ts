/** `sportsdata start [--role a,b]`: runs the platform (what `npm start` runs) until SIGTERM or SIGINT. */
import { getConfig } from '../../config.js';
import { createLogger } from '../../core/logger.js';
import { parseRoles } from '../../core/role-names.js';
import { startPlatform } from '../../core/platform.js';
import { seedDemoSlate } from '../../demo-slate.js';
import { CliError, stringOption, type Command } from '../command.js';

export const startCommand: Command = {
  path: ['start'],
  summary: 'Start the platform with the roles from --role or ROLE (all when unset)',
  usage: 'sportsdata start [--role ingest-dfs,backend-api,...]',
  options: { role: { type: 'string' } },
  async run({ values }) {
    const config = getConfig();
    let roles;
    try {
      roles = parseRoles(stringOption(values, 'role') ?? config.ROLE);
    } catch (error) {
      throw new CliError((error as Error).message, 2);
    }
    const logger = createLogger(config.LOG_LEVEL);
    const platform = await startPlatform({ config, roles, logger });
    if (config.DEMO_SLATE && platform.embedded) {
      // A demo slate that fails to import must not take the platform down: say so and keep serving.
      await seedDemoSlate(platform.db, logger).catch((error: unknown) => logger.error({ err: error }, 'demo slate not seeded'));
    }
    const address = `http://localhost:${platform.port}`;
    logger.info({ url: address }, `ready: ${address}`);
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        platform.stop().then(resolve, (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          resolve();
        });
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
    return { json: { stopped: true, roles }, text: '' };
  },
};
