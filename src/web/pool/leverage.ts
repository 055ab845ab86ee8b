/**
 * Leverage = optimal % − projected ownership (percentage points as fractions): positive when the player is in more
 * optimal lineups than the field is expected to play him. Optimal % comes from the optimizer's loadOptimalShare (optimizer/data/load-optimal-share.ts).
 */
import type { PoolRow } from '../data/load-pool.js';
import type { OptimalShare } from '../../optimizer/index.js';

export function withLeverage(rows: readonly PoolRow[], optimal: OptimalShare | null): PoolRow[] {
  if (!optimal) return [...rows];
  return rows.map((r) => {
    const share = optimal.share.get(r.id) ?? 0;
    return { ...r, optimal: share, leverage: r.ownership === null ? null : share - r.ownership };
  });
}

/** The column's tooltip: what optimal % was measured on. */
export function leverageBasis(optimal: OptimalShare | null): string {
  if (!optimal) return 'leverage = optimal % − ownership; optimal % needs a finished lineup set of yours on this slate (build one, ideally in sim-draw mode)';
  const what = optimal.simDraws ? `sim-draw lineup set #${optimal.lineupSetId} (${optimal.lineups} lineups, one per simulated outcome: the sim-optimal frequency)` : `your latest lineup set #${optimal.lineupSetId} (${optimal.lineups} lineups; a sim-draw set would measure the sim-optimal frequency)`;
  return `leverage = optimal % − ownership; optimal % = share of lineups holding the player in ${what}`;
}
