/**
 * A fresh, migrated database for one test file, cloned from the template that global-setup prepared.
 * Usage: `const t = await createTestDb(); afterAll(() => t.drop());`
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Db } from '../../src/core/db.js';
import { withDatabaseName } from './database-names.js';

export interface TestDb { url: string; name: string; db: Db; drop(): Promise<void> }

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `test_<random>` from the template and connects a Prisma client to it. */
export async function createTestDb(): Promise<TestDb> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  // Two files cloning at the same instant can collide on the template's lock: try again briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
      break;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = withDatabaseName(inject('adminDatabaseUrl'), name);
  const db = createDb(url, { max: 5 });
  return {
    url, name, db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
