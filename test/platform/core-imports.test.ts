/**
 * core is the base layer: it may import only itself, the configuration and the generated Prisma client. Anything
 * that knows the modules (the job registry, the role loaders, the platform start) lives in src/app above them; an
 * import from core into a module would bring back the cycle through every module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const CORE = join(SRC, 'core');
const ALLOWED = [CORE + sep, join(SRC, 'generated') + sep, join(SRC, 'config.ts')];

/** Every module specifier of a file: static imports and re-exports (type-only ones too) and dynamic imports. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

function coreFiles(): string[] {
  return readdirSync(CORE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('core imports', () => {
  it('reads the specifiers of every kind of import', () => {
    const source = [
      "import type { A } from '../a.js';",
      "import {\n  b,\n  c,\n} from '../../jobs/registry.js';",
      "export { d } from './d.js';",
      "import './side-effect.js';",
      "const e = await import('../../roles.js');",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['../a.js', '../../jobs/registry.js', './d.js', './side-effect.js', '../../roles.js']);
  });

  it('imports nothing outside src/core but the config and the generated client', () => {
    const outside: string[] = [];
    for (const file of coreFiles()) {
      for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue; // a package or a node: built-in
        const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
        if (!ALLOWED.some((allowed) => target === allowed || target.startsWith(allowed))) outside.push(`${relative(SRC, file)} -> ${specifier}`);
      }
    }
    expect(coreFiles().length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});
