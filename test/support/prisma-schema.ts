/**
 * A reader for the subset of schema.prisma this project uses, giving the tables, columns, indexes and foreign keys
 * Prisma's migrate would create. `prisma migrate diff` needs a schema-engine binary this machine cannot download,
 * so test/schema-matches.test.ts compares the migrated database against this reading instead.
 */
import { readFileSync } from 'node:fs';

export interface SchemaColumn {
  name: string;
  /** Postgres udt_name as information_schema reports it: int4, text, _text, float8, timestamp, jsonb... */
  udtName: string;
  nullable: boolean;
  autoincrement: boolean;
  defaultSql: string | null;
}
export interface SchemaIndex { name: string; columns: string[]; unique: boolean }
export interface SchemaForeignKey { name: string; columns: string[]; table: string; references: string[]; onDelete: string }
export interface SchemaTable {
  name: string;
  columns: SchemaColumn[];
  primaryKey: string[];
  indexes: SchemaIndex[];
  foreignKeys: SchemaForeignKey[];
}

const scalarUdt: Record<string, string> = {
  Int: 'int4', BigInt: 'int8', String: 'text', Float: 'float8', Boolean: 'bool',
  DateTime: 'timestamp', Json: 'jsonb', Bytes: 'bytea', Decimal: 'numeric',
};

function listArg(attr: string, key?: string): string[] {
  const pattern = key ? new RegExp(`${key}:\\s*\\[([^\\]]*)\\]`) : /\(\s*\[([^\]]*)\]/;
  const match = pattern.exec(attr);
  return match?.[1] ? match[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
}

function defaultSql(attrs: string, udt: string): string | null {
  const match = /@default\(((?:[^()]|\([^()]*\))*)\)/.exec(attrs);
  if (!match?.[1]) return null;
  const value = match[1].trim();
  if (value === 'autoincrement()') return null;
  if (value === 'now()') return 'CURRENT_TIMESTAMP';
  if (value.startsWith('"')) return `'${value.slice(1, -1)}'`;
  if (udt === 'bool') return value;
  return value;
}

/** Reads every model of a schema.prisma file as the tables Prisma would create. */
export function readPrismaSchema(path: string): SchemaTable[] {
  const text = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '');
  const blocks = [...text.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)];
  const modelNames = new Set(blocks.map((b) => b[1]));
  return blocks.map(([, name = '', body = '']) => {
    const table: SchemaTable = { name, columns: [], primaryKey: [], indexes: [], foreignKeys: [] };
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('@@')) {
        const columns = listArg(line);
        const mapped = /map:\s*"([^"]+)"/.exec(line)?.[1];
        if (line.startsWith('@@id')) table.primaryKey = columns;
        else if (line.startsWith('@@unique')) table.indexes.push({ name: mapped ?? `${name}_${columns.join('_')}_key`, columns, unique: true });
        else if (line.startsWith('@@index')) table.indexes.push({ name: mapped ?? `${name}_${columns.join('_')}_idx`, columns, unique: false });
        continue;
      }
      const [field = '', type = '', ...rest] = line.split(/\s+/);
      const attrs = rest.join(' ');
      const baseType = type.replace(/[?[\]]/g, '');
      if (modelNames.has(baseType)) {
        if (attrs.includes('fields:')) {
          const columns = listArg(attrs, 'fields');
          const onDelete = /onDelete:\s*(\w+)/.exec(attrs)?.[1] ?? (type.endsWith('?') ? 'SetNull' : 'Restrict');
          table.foreignKeys.push({ name: `${name}_${columns.join('_')}_fkey`, columns, table: baseType, references: listArg(attrs, 'references'), onDelete });
        }
        continue;
      }
      const scalar = scalarUdt[baseType];
      if (!scalar) throw new Error(`schema.prisma: model ${name} field ${field} has unsupported type ${type}`);
      const udtName = type.endsWith('[]') ? `_${scalar}` : scalar;
      table.columns.push({
        name: field, udtName, nullable: type.endsWith('?'),
        autoincrement: attrs.includes('autoincrement()'), defaultSql: defaultSql(attrs, scalar),
      });
      if (/@id\b/.test(attrs)) table.primaryKey = [field];
      if (/@unique\b/.test(attrs)) table.indexes.push({ name: `${name}_${field}_key`, columns: [field], unique: true });
    }
    return table;
  });
}
