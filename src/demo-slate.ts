/**
 * The demo slate `npm start` seeds into an empty embedded database, so a newcomer sees a real slate (the DraftKings
 * NFL main slate of 2025-11-16, a public export) before configuring any provider.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './core/db.js';
import type { Logger } from './core/logger.js';

const DEMO_FILE = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'prisma', 'seed-data', 'demo', 'dk_nfl_classic_2025-11-16_DKSalaries.csv');

/** Imports the demo slate when the database has no slate at all; returns whether it did. */
export async function seedDemoSlate(db: Db, logger: Logger): Promise<boolean> {
  if ((await db.slate.count()) > 0) return false;
  const { importSalaryFile } = await import('./ingest/dfs/index.js');
  const bytes = await readFile(DEMO_FILE);
  // Roles seed shared rows (teams, venues) while this runs; a deadlock between first writers is retried.
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await importSalaryFile(db, bytes, { site: 'draftkings', fileName: 'dk_nfl_classic_2025-11-16_DKSalaries.csv' });
      logger.info({ slateId: result.slateId, players: result.inserted }, 'demo slate seeded');
      return true;
    } catch (error) {
      if (attempt >= 3 || !/40P01|deadlock/.test(String((error as Error).message))) throw error;
    }
  }
}
