import type { Sport } from '../core/site-rules.js';

/** Sports the engine models: every sport of the platform's vocabulary. */
export type SimSport = Sport;

/** One simulated person. Showdown CPT and FLEX rows of the same person map onto one SimPlayer. */
export interface SimPlayer {
  /** Stable key of the person within the slate (the DFS `playerKey`). */
  key: string;
  name: string;
  team: string;
  opponent: string | null;
  /** `${away}@${home}`; players sharing it are correlated, null means independent. */
  gameKey: string | null;
  /** Primary natural position ('QB', 'SP', 'C', ...). */
  position: string;
  /** Classic/FLEX salary, used for boom/bust value thresholds. */
  salary: number;
  /** Expected fantasy points when the player plays. */
  mean: number;
  /** Standard deviation when the player plays; null takes the position default. */
  sd: number | null;
  /** Probability the player plays at all (out = 0, questionable below 1). */
  playProbability: number;
  /** MLB batting-order spot 1-9 when known. */
  battingOrder: number | null;
  /** NHL line (forwards) or pairing (defence) number when known. */
  line: number | null;
}
