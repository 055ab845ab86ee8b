/**
 * Cancelling your own work: a lineup set being built or a simulation run. The row says 'cancelled' at once; the
 * pg-boss jobs still queued are cancelled so no worker picks them; a worker already on it sees the status (or its
 * job's cancellation) within about a second, stops its solves or chunks, and keeps nothing (no half sets).
 * A finished run or set keeps its results: cancelling it is a 409. Another user's row is a 404; admins may
 * cancel shared automatic runs.
 */
import type PgBoss from 'pg-boss';
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { cancelRun, findRunForCancel } from '../../sim/index.js';
import { cancelLineupSetRow, findUserLineupSet } from '../../optimizer/index.js';
import type { PublicUser } from '../auth/users.js';
import { lineupSetJobId } from './job-ids.js';

const notCancellable = (what: string, status: string): AppError =>
  new AppError('not_cancellable', `${what} is ${status}; only a queued or running one can be cancelled`, { status });

export async function cancelLineupSet(db: Db, boss: PgBoss, user: PublicUser, id: number): Promise<void> {
  const set = await findUserLineupSet(db, id, user.id);
  if (!set) throw notFound(`lineup set ${id}`);
  if (!(await cancelLineupSetRow(db, id))) throw notCancellable(`lineup set ${id}`, set.status);
  await cancelJobs(boss, [lineupSetJobId(id)], null);
}

export async function cancelSimulation(db: Db, boss: PgBoss, user: PublicUser, id: number): Promise<void> {
  const run = await findRunForCancel(db, id, user.role === 'admin' ? null : user.id);
  if (!run) throw notFound(`simulation ${id}`);
  if (!(await cancelRun(db, id, `cancelled by ${user.email}`))) throw notCancellable(`simulation ${id}`, run.status);
  const jobId = run.params && typeof run.params === 'object' && 'jobId' in run.params ? String((run.params as { jobId: unknown }).jobId) : null;
  await cancelJobs(boss, jobId && /^[0-9a-f-]{36}$/i.test(jobId) ? [jobId] : [], `sim-run-${id}-%`);
}

/** Cancels the unfinished jobs among `ids` and those whose singleton key matches `keyPattern` (LIKE). */
async function cancelJobs(boss: PgBoss, ids: string[], keyPattern: string | null): Promise<void> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id::text AS id, name FROM pgboss.job
      WHERE state IN ('created', 'retry', 'active') AND (id = ANY($1::uuid[]) OR ($2::text IS NOT NULL AND singleton_key LIKE $2))`,
    [ids, keyPattern],
  );
  for (const job of rows as { id: string; name: string }[]) await boss.cancel(job.name, job.id);
}
