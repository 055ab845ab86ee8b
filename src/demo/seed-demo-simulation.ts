/**
 * The demo's finished simulation: a real projections run over the demo context (site averages adjusted for the
 * lines, forecasts and injuries), run in this process at start so the player pool has projections, ceilings,
 * boom/bust and ownership before anyone clicks. Small enough to take seconds, seeded so every install shows the
 * same numbers.
 */
import type { Db } from '../core/db.js';

export const DEMO_SIMS = 2_000;
export const DEMO_SEED = 20_251_116;

export async function seedDemoSimulation(db: Db, slateId: number): Promise<{ runId: number; projectionSetId: number }> {
  const { runProjectionsInline } = await import('../sim/index.js');
  const { runId, projectionSetId } = await runProjectionsInline(db, { slateId, sims: DEMO_SIMS, seed: DEMO_SEED, userId: null });
  return { runId, projectionSetId };
}
