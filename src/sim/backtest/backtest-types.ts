/** One slate row with what happened: the backtest's unit. */
export interface BacktestRow {
  /** Person key shared across dates (the canonical player id). */
  playerKey: string;
  name: string;
  team: string;
  opponent: string | null;
  gameKey: string | null;
  positions: string[];
  salary: number;
  /** The site's AvgPointsPerGame (0 or null: none). */
  siteAverage: number | null;
  /** Site status when the slate was taken ('Q', 'O', ...), null when none. */
  status: string | null;
  actual: number;
  played: boolean;
}

/** One stored slate with results. */
export interface BacktestSlate {
  slateId: number | null;
  date: string;
  rows: BacktestRow[];
}

/** Share of actual scores at or below each simulated percentile. */
export interface Coverage {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p99: number;
}

/** Summary of one date, or of all dates together (played-player means unless named `all`). */
export interface BacktestSummary {
  date: string;
  slateId: number | null;
  n: number;
  played: number;
  /** MAE of the simulated mean, players who played / every slate player. */
  mae: number;
  maeAll: number;
  /** MAE of the mean given he plays, players who played (what the given-play coverage grades, as a point). */
  maeIfPlays: number;
  /** The same for AvgPointsPerGame (the naive baseline). */
  baselineMae: number;
  baselineMaeAll: number;
  /** CRPS of the simulated draws (AvgPointsPerGame as a point forecast has CRPS = its MAE). */
  crps: number;
  crpsAll: number;
  /** Players who played, against his whole simulated distribution (sits included: biased low where he may sit). */
  coverage: Coverage;
  /**
   * Players who played, against the draws where he plays: the calibration of the distribution given he plays
   * (graded on the players who did play, that is the distribution to grade them against).
   */
  coverageIfPlays: Coverage;
  /** Every slate player against the whole distribution (randomized PIT for a did-not-play 0): the mixture's calibration. */
  coverageAll: Coverage;
  /** Players who played, above p99 of the draws where he plays. */
  aboveP99: number;
  /** Boom (>= 5x salary/1000): mean simulated chance vs observed share, every slate player. */
  boomPredicted: number;
  boomObserved: number;
  /** Baseline sources used on this date, counted. */
  baselineSources: Record<string, number>;
}
