import type { SimSport } from '../types.js';

/**
 * How real entrants build lineups, beyond which players they like (ownership, calibrated separately):
 * how much salary they leave, how many copy near-optimal lineups from projection optimizers, how multi-entry
 * players build around a core. Stacking habits per sport live in generate-field.ts (FieldBuilder.stack).
 */
export interface FieldModel {
  /** Share of lineups that spend the cap to the dollar; the rest leave an exponential amount (mean, share of cap). */
  salary: { fullCapShare: number; leftoverMeanShare: number };
  /**
   * Optimizer entrants: `share` of the field copies lineups from a pool of near-optimal lineups, each built on the
   * projections with relative noise `noise` (different projection sources and tweaks); each pool lineup is
   * entered `copies` times on average, which is where most real duplicates come from.
   */
  optimizer: { share: number; noise: number; copies: number };
  /**
   * Multi-entry: `share` of the other entries come from entrants with `meanEntries` lineups each, built around
   * `corePlayers` players they favour `coreBoost` times over the field.
   */
  multiEntry: { share: number; meanEntries: number; corePlayers: number; coreBoost: number };
}

/**
 * Fitted on the DraftKings NBA contest of 2025-10-26 (9,803 entries by 2,818 entrants, every lineup; source
 * test/fixtures/results/SOURCES.md). Reproduce with `npx tsx test/bench/contest-fit.ts`, which prints the real
 * field's shape beside the generated one's:
 *  - salary: 46.5% of real lineups leave $0, the rest $258 on average (0.52% of the cap) (generated: 59% at $0,
 *    $86 left on average, 97.7% within $500 as against 95.8% real);
 *  - optimizer: 23.4% of real entries share their lineup with another entry, and 5.6% sit within 5% of the best
 *    projection in the field; share, noise and copies were set by hand against both (generated: 21.2% duplicates,
 *    10.8% near-optimal: the ownership-driven rest already sits closer to the optimum than the real field);
 *  - multi-entry: 44% of entries come from 150-max entrants, 23% from 2-20 entries (mean about 20 per entrant).
 * Other sports have no standings export in the fixtures: they use the NBA values (salary and multi-entry habits
 * are the site's, not the sport's), with their own stacking rules.
 */
const NBA_FIT: FieldModel = {
  salary: { fullCapShare: 0.465, leftoverMeanShare: 0.0052 },
  optimizer: { share: 0.2, noise: 0.3, copies: 4 },
  multiEntry: { share: 0.6, meanEntries: 20, corePlayers: 2, coreBoost: 4 },
};

export const FIELD_MODELS: Record<SimSport, FieldModel> = { NBA: NBA_FIT, NFL: NBA_FIT, MLB: NBA_FIT, NHL: NBA_FIT };
