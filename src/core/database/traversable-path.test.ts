import { mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTraversable } from './traversable-path.js';

describe('makeTraversable', () => {
  it.skipIf(process.getuid?.() !== 0)('when run as root under a private directory, then each directory up the path gets o+x and no read bit', async () => {
    const root = await mkdtemp(join(tmpdir(), 'private-'));
    try {
      const inner = join(root, 'p', '.data');
      await mkdir(inner, { recursive: true, mode: 0o700 });
      expect((await stat(root)).mode & 0o007).toBe(0);
      const changed = await makeTraversable(inner);
      expect(changed).toContain(root);
      expect((await stat(root)).mode & 0o007).toBe(0o001);
      expect(await makeTraversable(inner)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
