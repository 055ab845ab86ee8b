#!/usr/bin/env node
// The `sportsdata` command: runs the bundled, compiled or TypeScript CLI, whichever src/cli/choose-entry.mjs picks.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { chooseEntry } from './choose-entry.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = chooseEntry(root, process.argv.slice(2), process.env);
if (entry.kind === 'source') {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(pathToFileURL(entry.file).href);
