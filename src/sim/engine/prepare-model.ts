import type { ConditionalBoost } from '../adjust/redistribute-vacated.js';
import { correlationTable } from '../correlation/correlation-targets.js';
import type { CorrelationTable } from '../correlation/default-correlations.js';
import { buildGameCorrelation } from '../correlation/game-correlation.js';
import { HERMITE_TERMS, hermiteCoefficients } from '../correlation/points-correlation.js';
import { defaultSd, profileAtMean, profileFor, type OutcomeProfile } from '../dist/outcome-profiles.js';
import { buildQuantileTable, TABLE_STRIDE } from '../dist/quantile-table.js';
import { repairCorrelation } from '../math/repair-correlation.js';
import type { SimPlayer, SimSport } from '../types.js';

/** Everything the engine needs besides the players. */
export interface ModelOptions {
  sport: SimSport;
  /** Keys merged over the sport's correlation table (defaults with the history-fitted targets, correlation-targets.ts). */
  correlations?: CorrelationTable;
  /** Per position group, merged over the default outcome profiles. */
  profiles?: Record<string, Partial<OutcomeProfile>>;
  /** Teammates' boosts in the sims where a questionable player sits (see conditionalBoosts). */
  boosts?: readonly ConditionalBoost[];
}

/** One game's players and the lower Cholesky factor of their correlation matrix. */
export interface GameBlock {
  gameKey: string | null;
  players: Int32Array;
  lower: Float64Array;
  repaired: boolean;
}

/**
 * A prepared, structured-clone-friendly model: per-player quantile tables, play probabilities and the
 * per-game Cholesky factors. Built once per run; every chunk and worker samples from the same model.
 */
export interface SimModel {
  sport: SimSport;
  playerCount: number;
  /** playerCount x TABLE_STRIDE quantile tables (conditional on playing). */
  tables: Float64Array;
  playProbability: Float64Array;
  blocks: GameBlock[];
  /** Largest block size (scratch buffer length). */
  maxBlock: number;
  /** The sd each player was simulated with (override or position default). */
  sds: Float64Array;
  /** Flattened boosts: from, to and factor per entry. */
  boostFrom: Int32Array;
  boostTo: Int32Array;
  boostFactor: Float64Array;
  /** Factor in the sims where `from` plays (0 unless the boost is centred on a history availability). */
  boostPlaysFactor: Float64Array;
}

/**
 * Builds the model: quantile tables per player, then per game the copula correlations that give the
 * players' points the table's correlations, repaired when they cannot all hold (heavy roles protected).
 */
export function prepareModel(players: readonly SimPlayer[], options: ModelOptions): SimModel {
  const { sport } = options;
  const table: CorrelationTable = correlationTable(sport, options.correlations);
  const n = players.length;
  const tables = new Float64Array(n * TABLE_STRIDE);
  const playProbability = new Float64Array(n);
  const sds = new Float64Array(n);
  const hermite = new Float64Array(n * HERMITE_TERMS);
  players.forEach((p, i) => {
    const profile = profileAtMean(profileFor(sport, p.position, options.profiles), p.mean);
    const sd = p.sd ?? defaultSd(profile, p.mean);
    sds[i] = sd;
    playProbability[i] = p.mean > 0 ? Math.min(Math.max(p.playProbability, 0), 1) : 0;
    buildQuantileTable({ mean: p.mean, sd }, profile, tables, i * TABLE_STRIDE);
    hermiteCoefficients(tables, i * TABLE_STRIDE, hermite, i * HERMITE_TERMS);
  });

  const byGame = new Map<string, number[]>();
  const blocks: GameBlock[] = [];
  players.forEach((p, i) => {
    if (p.gameKey === null) {
      blocks.push({ gameKey: null, players: Int32Array.of(i), lower: Float64Array.of(1), repaired: false });
      return;
    }
    const list = byGame.get(p.gameKey) ?? [];
    list.push(i);
    byGame.set(p.gameKey, list);
  });
  for (const [gameKey, members] of byGame) {
    const game = buildGameCorrelation(sport, players, members, hermite, table);
    const repaired = repairCorrelation(game.copula, members.length, { weights: game.weights });
    blocks.push({ gameKey, players: Int32Array.from(members), lower: repaired.lower, repaired: repaired.repaired });
  }
  const maxBlock = blocks.reduce((max, b) => Math.max(max, b.players.length), 1);
  const boosts = options.boosts ?? [];
  return {
    sport,
    playerCount: n,
    tables,
    playProbability,
    blocks,
    maxBlock,
    sds,
    boostFrom: Int32Array.from(boosts, (b) => b.from),
    boostTo: Int32Array.from(boosts, (b) => b.to),
    boostFactor: Float64Array.from(boosts, (b) => b.factor),
    boostPlaysFactor: Float64Array.from(boosts, (b) => b.playsFactor ?? 0),
  };
}
