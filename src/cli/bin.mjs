#!/usr/bin/env node
// The `sportsdata` command: the TypeScript source through tsx in a checkout, the compiled CLI in the Docker image
// (which ships dist/ and no src/). Source first, so a stale dist/ in a checkout is never run by mistake.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = join(root, 'src', 'cli', 'main.ts');
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
}
