#!/usr/bin/env node
// The `sportsdata` command. It runs the compiled CLI (dist/, built by `npm run build`, which `npm install` runs)
// whenever that build is at least as new as every TypeScript source file, and the sources through tsx otherwise,
// so an edited checkout never runs a stale dist/ and an unedited one skips compiling TypeScript at each start
// (about a second of CPU). The Docker image ships dist/ and no src/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = join(root, 'src', 'cli', 'main.ts');
const compiled = join(root, 'dist', 'cli', 'main.js');

/** True when dist/ was built after the last change to any .ts file under src/ (tests excluded). */
function compiledIsFresh() {
  if (!existsSync(compiled)) return false;
  const builtAt = statSync(compiled).mtimeMs;
  const src = join(root, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const dir = entry.parentPath ?? entry.path;
    if (statSync(join(dir, entry.name)).mtimeMs > builtAt) return false;
  }
  return true;
}

if (!existsSync(source) || (process.env.SPORTSDATA_FROM_SOURCE !== '1' && compiledIsFresh())) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
}
