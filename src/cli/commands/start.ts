/** `sportsdata start [--role a,b]`: runs the platform (what `npm start` runs) until SIGTERM or SIGINT. */
import { getConfig } from '../../config.js';
import { createLogger } from '../../core/logger.js';
import { parseRoles } from '../../core/role-names.js';
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
    // Signals are taken from the first moment: one that arrives while the platform starts or seeds the demo slate
    // stops it in order once it is up, instead of killing the process with the embedded PostgreSQL left running.
    const signalled = new Promise<string>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    // Loaded on use, so other commands start without the whole platform.
    const [{ startPlatform }, { seedDemoSlate }] = await Promise.all([import('../../app/platform.js'), import('../../demo-slate.js')]);
    const platform = await startPlatform({ config, roles, logger });
    if (config.DEMO_SLATE && platform.embedded) {
      // A demo slate that fails to import must not take the platform down: say so and keep serving.
      const seeded = seedDemoSlate(platform.db, logger, platform.send).catch((error: unknown) => logger.error({ err: error }, 'demo slate not seeded'));
      await Promise.race([seeded, signalled]);
    }
    const address = `http://localhost:${platform.port}`;
    logger.info({ url: address }, `ready: ${address}`);
    const signal = await signalled;
    logger.info({ signal }, 'shutting down');
    await platform.stop().catch((error: unknown) => logger.error({ err: error }, 'shutdown failed'));
    return { json: { stopped: true, roles }, text: '' };
  },
};
