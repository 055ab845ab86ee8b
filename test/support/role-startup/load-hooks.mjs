// Module-loader hooks (run in node's hooks thread): every URL the loader resolves is appended to the file named by
// the registration's data, so the parent can tell which modules a process loaded. Registered by record-loads.mjs.
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
