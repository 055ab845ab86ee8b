import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { isRuledOut } from '../../core/player-status.js';
import { decodeDrawRows, loadSetDrawBytes } from '../../sim/index.js';
import { type SiteRules } from '../../core/site-rules.js';
import { loadSlatePool } from '../../slates/index.js';
import { optimizerPlayersFromRows } from '../from-slate-rows.js';
import type { OptimizerPlayer } from '../types.js';
import { getSiteRules } from '../../sites/index.js';

/** What a lineup set needs from the database, in the optimizer's terms. */
export interface OptimizerInput {
  lineupSetId: number;
  status: string;
  rules: unknown;
  requested: number;
  siteRules: SiteRules;
  players: OptimizerPlayer[];
  /** Site id → SlatePlayer id, to store lineups. */
  slatePlayerIds: Map<string, number>;
  /** Per-person exposure bounds the projection set carries (Projection.min/maxExposure). */
  exposure: Record<string, { min?: number; max?: number }>;
  draws: Float64Array[] | null;
}

/** A slate's rows in the optimizer's terms, projected by a projection set (or the site average). */
export interface SlateOptimizerPlayers {
  siteRules: SiteRules;
  players: OptimizerPlayer[];
  /** Site id → SlatePlayer id, to store lineups. */
  slatePlayerIds: Map<string, number>;
  /** Per-person exposure bounds the projection set carries (Projection.min/maxExposure). */
  exposure: Record<string, { min?: number; max?: number }>;
  /** Draw-major simulated points aligned with `players`, when the set has draws. */
  draws: Float64Array[] | null;
}

/**
 * Loads a lineup set with its slate and projection set: one row per SlatePlayer (CPT and FLEX rows share the
 * Player id as playerKey), projected by the set's mean (or the site average when there is no set), with the
 * set's NHL lines, without players ruled out by the site.
 */
export async function loadOptimizerInput(db: Db, lineupSetId: number): Promise<OptimizerInput> {
  const set = await db.lineupSet.findUnique({ where: { id: lineupSetId }, select: { slateId: true, projectionSetId: true, status: true, rules: true, requested: true } });
  if (!set) throw new AppError('not_found', `lineup set ${lineupSetId} not found`);
  const loaded = await loadSlateOptimizerPlayers(db, set.slateId, set.projectionSetId);
  return { lineupSetId, status: set.status, rules: set.rules, requested: set.requested, ...loaded };
}

/** The slate's playable rows under a projection set (null: the site average), with the set's draws if any. */
export async function loadSlateOptimizerPlayers(db: Db, slateId: number, projectionSetId: number | null): Promise<SlateOptimizerPlayers> {
  const [pool, projectionSet] = await Promise.all([
    loadSlatePool(db, slateId, projectionSetId),
    projectionSetId === null ? Promise.resolve(null) : loadSetDrawBytes(db, projectionSetId),
  ]);
  if (!pool) throw new AppError('not_found', `slate ${slateId} not found`);
  const siteRules = getSiteRules(pool.slate.site, pool.slate.sport, pool.slate.gameType);
  const { players, slatePlayerIds, exposure, kept } = optimizerPlayersFromRows(pool.rows, projectionSetId !== null);
  return {
    siteRules, players, slatePlayerIds, exposure,
    draws: projectionSet ? decodeDrawRows(projectionSet.bytes, projectionSet.drawCount, pool.rows.length, kept) : null,
  };
}
