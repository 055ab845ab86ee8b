/**
 * Once per `vitest run`: a PostgreSQL for the tests (TEST_DATABASE_URL if set, else an embedded one under
 * .data/test-postgres) and a template database migrated with our SQL and pg-boss's schema. Each test file then
 * clones the template (test/support/test-db.ts), so files never see each other's rows.
 */
import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/core/database/embedded.js';
import { migrate } from '../../src/core/database/migrate.js';
import { MIGRATIONS_DIR } from '../../src/core/database/migrations-dir.js';
import { TEMPLATE_PREFIX, withDatabaseName } from './database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL to the server's maintenance database, for creating and dropping test databases. */
    adminDatabaseUrl: string;
    /** This run's migrated template database (runs may overlap on one server, so each has its own). */
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function adminQuery(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // A server of this run's own (fresh data directory, free port): overlapping runs never share one.
    await mkdir(join(process.cwd(), '.data'), { recursive: true });
    dataDir = await mkdtemp(join(process.cwd(), '.data', 'test-postgres-'));
    await rm(dataDir, { recursive: true });
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    serverUrl = embedded.url;
  }
  const adminUrl = withDatabaseName(serverUrl, 'postgres');
  const template = `${TEMPLATE_PREFIX}${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const templateUrl = withDatabaseName(serverUrl, template);
  await migrate(templateUrl, MIGRATIONS_DIR);
  // Install pg-boss's schema once in the template instead of once per test file.
  const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
