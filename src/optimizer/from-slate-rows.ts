import { isRuledOut } from '../core/player-status.js';
import type { SlateRow } from '../slates/index.js';
import type { OptimizerPlayer } from './types.js';

export interface RowsAsOptimizerPlayers {
  players: OptimizerPlayer[];
  /** Site id → SlatePlayer id, to store lineups. */
  slatePlayerIds: Map<string, number>;
  /** Per-person exposure bounds the projection set carries (Projection.min/maxExposure). */
  exposure: Record<string, { min?: number; max?: number }>;
  /** Index in `rows` of each returned player (the stored draws are laid out by row). */
  kept: number[];
}

/**
 * Canonical slate rows → the optimizer's players, the one place that derives them: CPT and FLEX rows share the
 * Player id as playerKey; the projection is the set's mean, else the site average (`projected` false: no set);
 * rows ruled out by the site, rows a set does not cover and rows with no number at all are dropped.
 */
export function optimizerPlayersFromRows(rows: readonly SlateRow[], projected: boolean): RowsAsOptimizerPlayers {
  const players: OptimizerPlayer[] = [];
  const slatePlayerIds = new Map<string, number>();
  const exposure: RowsAsOptimizerPlayers['exposure'] = {};
  const kept: number[] = [];
  rows.forEach((r, rowIndex) => {
    if (projected && r.stats === null) return;
    if (isRuledOut(r.status)) return;
    const points = r.mean ?? r.avgPoints;
    if (points === null) return;
    const line = r.stats?.line ?? null;
    players.push({
      id: r.sitePlayerId, playerKey: `p${r.playerId}`, name: r.name, positions: r.positions, rosterPositions: r.rosterPositions,
      salary: r.salary, team: r.team, opponent: r.opponent, gameKey: r.gameKey, projection: points, ownership: r.ownership,
      stdDev: r.sd, battingOrder: r.battingOrder, line: line === null ? null : String(line), startsAt: r.startsAt,
    });
    kept.push(rowIndex);
    slatePlayerIds.set(r.sitePlayerId, r.id);
    const min = r.stats?.minExposure ?? null, max = r.stats?.maxExposure ?? null;
    if (min !== null || max !== null) exposure[`p${r.playerId}`] = { ...(min !== null ? { min } : {}), ...(max !== null ? { max } : {}) };
  });
  return { players, slatePlayerIds, exposure, kept };
}
