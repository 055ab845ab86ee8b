/** Imports a real DraftKings salary export through the DFS module, so API tests read a real slate. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../src/core/db.js';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';

export const API_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'api');

export function fixture(name: string): Buffer {
  return readFileSync(join(API_FIXTURES, name));
}

export async function importFixtureSlate(db: Db, fileName: string): Promise<number> {
  const result = await importSalaryFile(db, fixture(fileName), { site: 'draftkings', fileName });
  return result.slateId;
}
