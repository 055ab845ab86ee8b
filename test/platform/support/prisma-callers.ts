/**
 * Finds the source files that call Prisma, and the tables each touches: a model accessor followed by a Prisma
 * method (`db.slatePlayer.findMany(`, also split over lines: `db.providerStatus\n  .upsert(`), or a raw statement
 * (`$queryRaw`, `$executeRaw`, their Unsafe forms, `$transaction`) whose quoted table names count as touched.
 * scripts/count-prisma.sh uses the same pattern. Only model accessors named in prisma/schema.prisma count, so a
 * `hash.update(` or `Object.groupBy(` is not a Prisma call; a type naming `'$queryRaw'` is not a call either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PRISMA_METHODS = [
  'findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'create', 'createMany', 'createManyAndReturn',
  'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy',
] as const;

const RAW_CALL = /\$(?:queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)\s*[`(<]|\$transaction\s*[(<]/;

export interface PrismaCaller { file: string; tables: string[] }

/** Model names of the schema, in order. */
export function schemaModels(schema: string): string[] {
  return [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1]!);
}

const accessorOf = (model: string): string => model[0]!.toLowerCase() + model.slice(1);

/** Every non-test, non-generated .ts file under `root/src` that calls Prisma, sorted, with the tables it touches. */
export function findPrismaCallers(root: string): PrismaCaller[] {
  const models = schemaModels(readFileSync(join(root, 'prisma/schema.prisma'), 'utf8'));
  const byAccessor = new Map(models.map((m) => [accessorOf(m), m]));
  const call = new RegExp(`\\.(${[...byAccessor.keys()].join('|')})\\s*\\.\\s*(?:${PRISMA_METHODS.join('|')})\\s*\\(`, 'g');
  const callers: PrismaCaller[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(path, 'utf8');
    const tables = new Set<string>();
    for (const m of text.matchAll(call)) tables.add(byAccessor.get(m[1]!)!);
    const raw = RAW_CALL.test(text);
    if (raw) for (const model of models) if (text.includes(`"${model}"`)) tables.add(model);
    if (tables.size || raw) callers.push({ file: relative(root, path).split('\\').join('/'), tables: [...tables].sort() });
  }
  return callers.sort((a, b) => a.file.localeCompare(b.file));
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'generated') yield* sourceFiles(path); }
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield path;
  }
}
