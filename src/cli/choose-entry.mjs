// Which file the `sportsdata` command runs (src/cli/bin.mjs), kept apart so a test can check the choice on a
// made-up tree. In order:
// - `optimize` runs from dist/cli/optimize.bundle.mjs (one pre-linked file, see scripts/bundle-cli.mjs): a cold
//   one-lineup run is mostly Node resolving and compiling modules, and the bundle cuts that work;
// - every other command runs the compiled dist/cli/main.js;
// - both only when the build is at least as new as every TypeScript source, so an edited checkout never runs
//   stale JavaScript: then the sources run through tsx (SPORTSDATA_FROM_SOURCE=1 forces that).
// The Docker image ships dist/ and no src/, so there the build is always used.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of a .ts source under src/ (tests excluded); 0 when there is no src/. */
function newestSourceMtime(root) {
  const src = join(root, 'src');
  if (!existsSync(src)) return 0;
  let newest = 0;
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const dir = entry.parentPath ?? entry.path;
    newest = Math.max(newest, statSync(join(dir, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * @param {string} root the checkout (or image) root
 * @param {string[]} args the command line after `sportsdata`
 * @param {{ SPORTSDATA_FROM_SOURCE?: string }} env
 * @returns {{ kind: 'bundle' | 'compiled' | 'source', file: string }}
 */
export function chooseEntry(root, args, env) {
  const source = join(root, 'src', 'cli', 'main.ts');
  const compiled = join(root, 'dist', 'cli', 'main.js');
  const bundle = join(root, 'dist', 'cli', 'optimize.bundle.mjs');
  const hasSource = existsSync(source);
  if (hasSource && env.SPORTSDATA_FROM_SOURCE === '1') return { kind: 'source', file: source };
  const newest = hasSource ? newestSourceMtime(root) : 0;
  const fresh = (file) => existsSync(file) && statSync(file).mtimeMs >= newest;
  if (args[0] === 'optimize' && fresh(bundle)) return { kind: 'bundle', file: bundle };
  if (fresh(compiled) || !hasSource) return { kind: 'compiled', file: compiled };
  return { kind: 'source', file: source };
}
