/**
 * When the migrations have run, then the database has exactly the tables, columns (type, nullability, default),
 * indexes and foreign keys that prisma/schema.prisma describes: a schema change without its migration fails here.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { readPrismaSchema, type SchemaTable } from './support/prisma-schema.js';
import { createTestDb, type TestDb } from './support/test-db.js';

const tables = readPrismaSchema(join(import.meta.dirname, '..', 'prisma', 'schema.prisma'));
let t: TestDb;
let client: pg.Client;

beforeAll(async () => {
  t = await createTestDb();
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await t?.drop();
});

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(sql, params)).rows as T[];
}

describe('the migrated database matches schema.prisma', () => {
  it('has exactly the schema\'s tables', async () => {
    const found = await rows<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(found.map((r) => r.table_name).sort()).toEqual(tables.map((t) => t.name).sort());
  });

  it.each(tables.map((table) => [table.name, table] as [string, SchemaTable]))('%s has the schema\'s columns, keys and indexes', async (_name, table) => {
    const columns = await rows<{ column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>(
      `SELECT column_name, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [table.name],
    );
    const actual = Object.fromEntries(columns.map((c) => [c.column_name, c]));
    expect(Object.keys(actual).sort()).toEqual(table.columns.map((c) => c.name).sort());
    for (const column of table.columns) {
      const db = actual[column.name];
      expect({ column: column.name, type: db?.udt_name, nullable: db?.is_nullable === 'YES' })
        .toEqual({ column: column.name, type: column.udtName, nullable: column.nullable });
      if (column.autoincrement) expect(db?.column_default ?? '').toMatch(/^nextval\(/);
      else if (column.defaultSql === null) expect({ column: column.name, default: db?.column_default ?? null }).toEqual({ column: column.name, default: null });
      else {
        // PostgreSQL reports 'queued'::text and CURRENT_TIMESTAMP; the schema's value without its cast must agree.
        const actual = (db?.column_default ?? '').replace(/::[\w ".[\]]+$/, '');
        expect({ column: column.name, default: actual }).toEqual({ column: column.name, default: column.defaultSql });
      }
    }

    const indexes = await rows<{ name: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND t.relname = $1
        GROUP BY i.relname, ix.indisunique, ix.indisprimary`,
      [table.name],
    );
    const primary = indexes.find((i) => i.primary);
    expect(primary?.columns).toEqual(table.primaryKey);
    const secondary = indexes.filter((i) => !i.primary).map((i) => ({ name: i.name, unique: i.unique, columns: i.columns }));
    expect(secondary.sort((a, b) => a.name.localeCompare(b.name)))
      .toEqual(table.indexes.map((i) => ({ name: i.name, unique: i.unique, columns: i.columns })).sort((a, b) => a.name.localeCompare(b.name)));

    const foreignKeys = await rows<{ name: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string }>(
      `SELECT c.conname AS name, rt.relname AS ref_table, c.confdeltype AS on_delete,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS ref_columns
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class rt ON rt.oid = c.confrelid
        WHERE c.contype = 'f' AND t.relname = $1`,
      [table.name],
    );
    const action: Record<string, string> = { c: 'Cascade', r: 'Restrict', n: 'SetNull', a: 'NoAction', d: 'SetDefault' };
    expect(foreignKeys.map((f) => ({ name: f.name, columns: f.columns, table: f.ref_table, references: f.ref_columns, onDelete: action[f.on_delete] }))
      .sort((a, b) => a.name.localeCompare(b.name)))
      .toEqual([...table.foreignKeys].sort((a, b) => a.name.localeCompare(b.name)));
  });
});
