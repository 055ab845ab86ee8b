// Preloaded with `node --import` in a role started by role-startup.ts: records the ESM modules the process loads
// (load-hooks.mjs) and, on SIGUSR2, imports the files in RECORD_LOADS_IMPORT (code a role loads only when it works
// a job) and writes the CommonJS modules (require.cache) and the memory in use beside them.
// Recording hooks registered after tsx's run before them, so they see every .ts file too.
import { register, createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const file = process.env.RECORD_LOADS_FILE;
if (!file) throw new Error('record-loads.mjs: RECORD_LOADS_FILE is not set');
writeFileSync(`${file}.esm`, '');
register(new URL('./load-hooks.mjs', import.meta.url), { data: { file: `${file}.esm` } });

const require = createRequire(import.meta.url);
const extra = (process.env.RECORD_LOADS_IMPORT ?? '').split(',').filter(Boolean);
process.on('SIGUSR2', async () => {
  for (const path of extra) await import(pathToFileURL(path).href);
  const cjs = Object.keys(require.cache);
  writeFileSync(file, JSON.stringify({ cjs, rss: process.memoryUsage().rss }));
});
