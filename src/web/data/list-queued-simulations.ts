/**
 * Simulations the user has asked for on a slate that have no run yet: the sim module creates a SimulationRun only
 * when a worker takes the job, so until then the job in pg-boss is the only trace. The Runs list shows these as
 * "queued" (and a job that failed before its run existed as failed), so a submitted simulation is visible at once.
 */
import type PgBoss from 'pg-boss';
import type { Db } from '../../core/db.js';
import { findStartedJobIds } from '../../sim/index.js';

export interface QueuedSimulation { jobId: string; kind: 'projections' | 'contest'; state: string; createdOn: Date; sims: number | null }

interface RawQueued { id: string; name: string; state: string; created_on: Date; data: { sims?: unknown } | null }

/** Newest first; failed jobs only from the last day. */
export async function listQueuedSimulations(db: Db, boss: PgBoss, slateId: number, userId: number, limit = 20): Promise<QueuedSimulation[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id, name, state::text AS state, created_on, data FROM pgboss.job
      WHERE name IN ('sim-engine.run-projections', 'sim-engine.run-contest')
        AND (state IN ('created', 'retry', 'active') OR (state = 'failed' AND created_on > now() - interval '1 day'))
        AND data->>'slateId' = $1 AND data->>'userId' = $2
      ORDER BY created_on DESC LIMIT $3`,
    [String(slateId), String(userId), limit],
  );
  const jobs = rows as RawQueued[];
  if (!jobs.length) return [];
  const started = await findStartedJobIds(db, slateId, jobs.map((j) => j.id));
  return jobs.filter((j) => !started.has(j.id)).map((j) => ({
    jobId: j.id, kind: j.name.endsWith('contest') ? 'contest' : 'projections', state: j.state, createdOn: j.created_on,
    sims: typeof j.data?.sims === 'number' ? j.data.sims : null,
  }));
}
