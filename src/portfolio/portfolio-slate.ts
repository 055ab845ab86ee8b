import type { SiteRules } from '../core/site-rules.js';
import type { OptimizerPlayer } from '../optimizer/index.js';
import type { SimSport } from '../sim/index.js';

/** A slate ready for the portfolio flow: its rows as the optimizer sees them and their simulated points. */
export interface PortfolioSlate {
  slateId: number | null;
  projectionSetId: number | null;
  site: SiteRules['site'];
  sport: SimSport;
  siteRules: SiteRules;
  players: OptimizerPlayer[];
  /** simMajor[s * players.length + row]. */
  simMajor: Float32Array;
  sims: number;
  warnings: string[];
}
