/**
 * Once per `vitest run`: a PostgreSQL for the tests (TEST_DATABASE_URL if set, else an embedded one under
 * .data/test-postgres) and a template database migrated with our SQL and pg-boss's schema. Each test file then
 * clones the template (test/support/test-db.ts), so files never see each other's rows.
 */
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/core/database/embedded.js';
import { migrate } from '../../src/core/database/migrate.js';
import { MIGRATIONS_DIR } from '../../src/core/database/migrations-dir.js';
import { TEMPLATE_DATABASE, withDatabaseName } from './database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL to the server's maintenance database, for creating and dropping test databases. */
    adminDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/test-postgres', port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330) });
    serverUrl = embedded.url;
  }
  const adminUrl = withDatabaseName(serverUrl, 'postgres');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabaseName(serverUrl, TEMPLATE_DATABASE);
  await migrate(templateUrl, MIGRATIONS_DIR);
  // Install pg-boss's schema once in the template instead of once per test file.
  const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await embedded?.stop();
  };
}
