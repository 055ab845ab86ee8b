/** A Config for tests: the given database, an ephemeral port, silent logs, no demo slate. */
import { loadConfig, type Config } from '../../src/config.js';

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({ DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO_SLATE: 'false', NODE_ENV: 'test', ...overrides });
}
