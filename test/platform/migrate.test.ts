/**
 * When migrations run, then they are recorded as Prisma records them; a second run changes nothing; two migrators
 * started together apply each migration exactly once.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate, readMigrations } from '../../src/core/database/migrate.js';
import { MIGRATIONS_DIR } from '../../src/core/database/migrations-dir.js';
import { withDatabaseName } from '../support/database-names.js';

const name = `migrate_${randomBytes(5).toString('hex')}`;
const adminUrl = inject('adminDatabaseUrl');
const url = withDatabaseName(adminUrl, name);

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

beforeAll(() => admin(`CREATE DATABASE ${name}`));
afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describe('migrate', () => {
  it('when two migrators start together on an empty database, then each migration is applied once', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    const [a, b] = await Promise.all([migrate(url, MIGRATIONS_DIR), migrate(url, MIGRATIONS_DIR)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(migrations.map((m) => m.name).sort());

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
      expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
      expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
      const sports = await client.query<{ code: string }>('SELECT code FROM "Sport" ORDER BY code');
      expect(sports.rows.map((r) => r.code)).toEqual(['MLB', 'NBA', 'NFL', 'NHL']);
    } finally {
      await client.end();
    }
  });

  it('when migrate runs again, then nothing is applied', async () => {
    const result = await migrate(url, MIGRATIONS_DIR);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBeGreaterThan(0);
  });
});
