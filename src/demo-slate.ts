/**
 * The demo `npm start` seeds into an empty embedded database, so a newcomer sees every page working before
 * configuring any provider: the real DraftKings NFL main slate of 2025-11-16 with game lines, forecasts and the
 * week's injury report (src/demo/seed-demo-context.ts), a finished projections simulation over them, and, once the
 * first admin exists, a lineup set built for them (src/demo/queue-demo-lineups.ts). Seed files: prisma/seed-data/demo.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from './core/db.js';
import type { Logger } from './core/logger.js';
import type { SendJob } from './core/jobs/send-job.js';
import { DEMO_DIR, DEMO_SALARIES, DEMO_SLATE_NAME } from './demo/seed-data.js';
import { seedDemoContext } from './demo/seed-demo-context.js';
import { seedDemoSimulation } from './demo/seed-demo-simulation.js';
import { queueDemoLineups } from './demo/queue-demo-lineups.js';

/** Imports and completes the demo when the database has no slate at all; returns whether it did. */
export async function seedDemoSlate(db: Db, logger: Logger, send?: SendJob): Promise<boolean> {
  if ((await db.slate.count()) > 0) return false;
  const { importSalaryFile } = await import('./ingest/dfs/index.js');
  const bytes = await readFile(join(DEMO_DIR, DEMO_SALARIES));
  // Roles seed shared rows (teams, venues) while this runs; a deadlock between first writers is retried.
  let slateId: number;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await importSalaryFile(db, bytes, { site: 'draftkings', fileName: DEMO_SALARIES });
      slateId = result.slateId;
      logger.info({ slateId, players: result.inserted }, 'demo slate seeded');
      break;
    } catch (error) {
      if (attempt >= 3 || !/40P01|deadlock/.test(String((error as Error).message))) throw error;
    }
  }
  await db.slate.update({ where: { id: slateId }, data: { name: DEMO_SLATE_NAME } });
  // The lines and forecasts are dated the morning of the slate, as a newcomer would have seen them.
  const context = await seedDemoContext(db, slateId, new Date('2025-11-16T14:00:00Z'));
  logger.info(context, 'demo context seeded (lines, forecasts, injuries)');
  const sim = await seedDemoSimulation(db, slateId);
  logger.info(sim, 'demo simulation finished');
  // An admin created while the simulation ran (first-run form, ADMIN_EMAIL) gets the demo lineups now.
  const { findFirstAdmin } = await import('./api/index.js');
  const admin = await findFirstAdmin(db);
  if (admin && send) await queueDemoLineups(db, send, admin, logger);
  return true;
}
