import type { Db } from '../../core/db.js';

/**
 * Slates with a projections job waiting or running in pg-boss. Such a job (sent by the injury monitor, a user or an
 * earlier tick) creates its run only when a worker picks it up; until then the run table cannot show it, and the
 * stale-input refresh would queue a second run for the same change.
 */
export async function slatesWithPendingProjections(db: Db): Promise<Set<number>> {
  const rows = await db.$queryRaw<{ slateId: number | null }[]>`
    SELECT DISTINCT (data->>'slateId')::int AS "slateId" FROM pgboss.job
    WHERE name = 'sim-engine.run-projections' AND state IN ('created', 'retry', 'active')`;
  return new Set(rows.flatMap((r) => (r.slateId === null ? [] : [r.slateId])));
}
