/** Shared pieces of the benchmarks: the metric shape and a scratch database to measure against. */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/core/database/migrate.js';
import { MIGRATIONS_DIR } from '../../src/core/database/migrations-dir.js';
import { startEmbeddedPostgres } from '../../src/core/database/embedded.js';

export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
  /** The target in the same unit; lower is better. */
  target?: number;
  note?: string;
}

export interface Bench { name: string; run(): Promise<BenchMetric[]> }

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/**
 * Runs `fn` against a freshly migrated scratch database on DATABASE_URL's server, or on an embedded PostgreSQL
 * when DATABASE_URL is unset, and drops it afterwards.
 */
export async function withBenchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const configured = loadConfig().DATABASE_URL;
  let stopEmbedded = async (): Promise<void> => undefined;
  let serverUrl = configured;
  if (!serverUrl) {
    await mkdir('.data', { recursive: true });
    const dataDir = await mkdtemp(join('.data', 'bench-postgres-'));
    await rm(dataDir, { recursive: true });
    const embedded = await startEmbeddedPostgres({ dataDir, port: 54340 + Math.floor(Math.random() * 500) });
    serverUrl = embedded.url;
    stopEmbedded = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = '/postgres';
  const name = `bench_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl.toString(), `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await migrate(url.toString(), MIGRATIONS_DIR);
    return await fn(url.toString());
  } finally {
    await admin(adminUrl.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await stopEmbedded();
  }
}
