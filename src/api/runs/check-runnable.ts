/**
 * Refusals before a job is queued: a run whose inputs cannot work (a slate without players, nothing to project,
 * a set without draws, a lineup set not built yet) is a 422 the caller can act on, instead of a 202 for a job that
 * a worker will fail minutes later. Workers keep their own checks: the data can still change after the 202.
 */
import type { Db } from '../../core/db.js';
import { AppError, type AppErrorCode } from '../../core/errors.js';
import { countProjections, hasDraws, MAX_CONTEST_LINEUPS } from '../../sim/index.js';
import { countLineups } from '../../optimizer/index.js';
import { countSlateRows } from '../../slates/index.js';

const unprocessable = (code: AppErrorCode, message: string): AppError => new AppError(code, message);

/** The slate must have players (salaries imported). */
export async function requireSlatePlayers(db: Db, slateId: number): Promise<void> {
  const { rows } = await countSlateRows(db, slateId);
  if (rows === 0) throw unprocessable('slate_has_no_players', `slate ${slateId} has no players yet: import its salary file first`);
}

/**
 * The optimizer needs a projection per player: from the chosen set, or (no set) the site's average points.
 * `projectionSetId` null means "no set visible to the user for this slate".
 */
export async function requireOptimizerProjections(db: Db, slateId: number, projectionSetId: number | null): Promise<void> {
  if (projectionSetId !== null) {
    const projections = await countProjections(db, projectionSetId);
    if (projections === 0) throw unprocessable('no_projections', `projection set ${projectionSetId} holds no projections: upload a projection CSV or choose another set`);
    return;
  }
  const { averaged } = await countSlateRows(db, slateId);
  if (averaged === 0) {
    throw unprocessable('no_projections', `slate ${slateId} has no projection set and no site average points: upload a projection CSV or run a simulation first`);
  }
}

/** A contest simulation scores the draws of a projections run's set. */
export async function requireDraws(db: Db, projectionSetId: number): Promise<void> {
  if (!(await hasDraws(db, projectionSetId))) {
    throw unprocessable('no_draws', `projection set ${projectionSetId} has no simulation draws: run a projections simulation and use its set`);
  }
}

/** A contest simulation enters built lineups. */
export async function requireLineups(db: Db, lineupSetId: number): Promise<void> {
  const lineups = await countLineups(db, lineupSetId);
  if (lineups === 0) throw unprocessable('lineup_set_empty', `lineup set ${lineupSetId} has no lineups yet: wait until the optimizer has built it`);
  if (lineups > MAX_CONTEST_LINEUPS) {
    throw new AppError('invalid_request', `lineup set ${lineupSetId} holds ${lineups} lineups: a contest simulation takes at most ${MAX_CONTEST_LINEUPS} (MAX_CONTEST_LINEUPS)`, { problems: [{ field: 'lineupSetId', message: `more than ${MAX_CONTEST_LINEUPS} lineups (MAX_CONTEST_LINEUPS)` }] });
  }
}
