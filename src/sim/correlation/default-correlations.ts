import type { SimSport } from '../types.js';

/**
 * Pairwise correlations of fantasy points between regulars (the model finds the copula correlations that
 * produce them for each pair's outcome distributions, see points-correlation.ts), keyed `same:<A>-<B>` (teammates) or `opp:<A>-<B>`
 * (opponents in the same game) with the two position groups in alphabetical order, plus `same:*` / `opp:*`
 * fallbacks and a few sport-specific keys (MLB batting-order distance, NHL lines). Users override any key.
 */
export type CorrelationTable = Record<string, number>;

// NFL: public same-game research (e.g. the widely cited RotoGrinders/4for4/ETR weekly-score studies):
// QB-WR 0.30, QB-TE 0.28, QB-RB ~0.04, WR-WR ~0, QB-oppQB 0.20, QB-oppWR 0.10, QB-oppDST -0.34.
// The remaining entries are smaller, sign-consistent with game script (RB and DST with a lead, etc.).
// Same-team QB-QB stays 0 (no key): a backup's correlations fade by depth instead (see depth-weight.ts).
const NFL: CorrelationTable = {
  'same:QB-WR': 0.3,
  'same:QB-TE': 0.28,
  'same:QB-RB': 0.04,
  'same:WR-WR': 0,
  'same:TE-WR': -0.05,
  'same:RB-RB': -0.15,
  'same:RB-WR': -0.04,
  'same:RB-TE': -0.04,
  'same:K-QB': 0.15,
  'same:K-RB': 0.1,
  'same:DST-RB': 0.12,
  'same:DST-K': 0.12,
  'same:DST-QB': -0.03,
  'same:DST-WR': -0.05,
  'same:DST-TE': -0.04,
  'opp:QB-QB': 0.2,
  'opp:QB-WR': 0.1,
  'opp:QB-TE': 0.08,
  'opp:QB-RB': 0.02,
  'opp:WR-WR': 0.05,
  'opp:TE-WR': 0.03,
  'opp:DST-QB': -0.34,
  'opp:DST-WR': -0.18,
  'opp:DST-TE': -0.15,
  'opp:DST-RB': -0.2,
  'opp:DST-K': -0.2,
  'opp:DST-DST': -0.1,
};

// MLB: runs come in bunches, so neighbours in the batting order correlate most (0.12-0.20 by distance);
// hitters against the opposing pitcher -0.25 to -0.30.
const MLB: CorrelationTable = {
  'same:order-1': 0.2,
  'same:order-2': 0.16,
  'same:order-3': 0.12,
  'same:order-far': 0.08,
  'same:H-H': 0.1,
  'same:H-P': 0.05,
  'opp:H-P': -0.28,
  'opp:H-H': 0,
  'opp:P-P': 0.03,
};

// NBA: usage is shared, so teammates are slightly negative; opponents slightly positive (pace, overtime).
const NBA: CorrelationTable = {
  'same:*': -0.05,
  'same:C-C': -0.1,
  'same:PG-PG': -0.08,
  'opp:*': 0.03,
};

// NHL: goals are shared by the five skaters on the ice, so line-mates correlate strongly.
const NHL: CorrelationTable = {
  'same:line': 0.35,
  'same:line-D': 0.15,
  'same:*': 0.05,
  'same:G-W': 0.1,
  'same:C-G': 0.1,
  'same:D-G': 0.12,
  'opp:G-W': -0.25,
  'opp:C-G': -0.25,
  'opp:D-G': -0.2,
  'opp:G-G': -0.05,
  'opp:*': 0.02,
};

/** Default tables by sport. */
export const DEFAULT_CORRELATIONS: Record<SimSport, CorrelationTable> = { NFL, MLB, NBA, NHL };
