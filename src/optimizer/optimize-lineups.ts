import { AppError } from '../core/errors.js';
import type { SiteRules } from '../core/site-rules.js';
import { decodeLineup } from './decode-lineup.js';
import { diagnoseInfeasible } from './diagnose-infeasible.js';
import { choosePartitions, restrictPartitions } from './engine/choose-partitions.js';
import { createInThreadBackend } from './engine/in-thread-backend.js';
import { Portfolio } from './engine/portfolio.js';
import { emptyMergeStats, runMerge, type FastLimits, type MergeContext } from './engine/run-merge.js';
import { runVaried } from './engine/run-varied.js';
import type { SolverBackend } from './engine/solve-protocol.js';
import { buildExposureReport, findMissedBounds, type ExposureReport, type MissedBound } from './exposure-report.js';
import { buildLineupModel } from './model/build-lineup-model.js';
import { costsFromPoints, drawPoints, randomizedPoints } from './objective-costs.js';
import type { OptimizerRules } from './rules-schema.js';
import type { Lineup, OptimizerPlayer } from './types.js';
import { prunePlayers, prunePlayersForTopN } from './prune-players.js';
import { runSearch } from './engine/run-search.js';
import type { LineupModel } from './model/lineup-model.js';
import type { MipData } from './solver/solver-session.js';
import { lineupShape } from './model/lineup-shape.js';

const describeBounds = (bounds: Array<{ label: string; forced: boolean; min: number | null; max: number | null }>): string => {
  const shown = bounds.slice(0, 8).map((b) => `${b.label} ${b.forced ? `min ${b.min}` : `max ${b.max}`}`).join(', ');
  return bounds.length > 8 ? `${shown} and ${bounds.length - 8} more` : shown;
};

/**
 * Fast mode: HiGHS stops within 0.5% of its bound (about 0.8 pt on NFL) or after 0.02 s with the best lineup it has,
 * which is at least the start lineup that the worker's local search built from the slice's previous lineup.
 * Measured on the DK NFL bench (2 workers, load 2.5; exact sequential sum 22,974): 0.02 s -> 5.6 s wall, -0.1%;
 * 0.05 s -> 9.2 s, -0.02%. Without the start lineups, 0.05 s gave 7 s and -3.9%.
 */
const FAST_LIMITS: FastLimits = { relGap: 0.005, timeLimit: 0.02 };

/**
 * What the exact branch and bound may spend before a run falls back to HiGHS. Rules its bounds do not see (groups
 * of players, game stacks, MLB team-size stacks...) show as complete lineups failing their check: past
 * SEARCH_FAILED_LEAVES of those (about 2 s) the search stops. Nodes and wall seconds are the outer limits; the
 * wall limit is generous because a loaded machine stretches it (DK NFL top 150: ~60,000 nodes, 0.3 s of CPU;
 * 150 GPP lineups with stack, bring-back, 50% cap, 3 unique: ~1.3 s of CPU).
 */
const SEARCH_NODE_BUDGET = 20_000_000;
const SEARCH_SECONDS = 30;
const SEARCH_FAILED_LEAVES = 100_000;

/** Fast mode: how many extra dominators a player may have and still stay in every stack slice's pool. */
const FAST_SLICE_MARGIN = 2;

/** Model names on a shared backend: concurrent runs (two jobs in one process) never touch each other's models. */
let runCounter = 0;

const round2 = (v: number): number => Math.round(v * 100) / 100;

const mipData = (m: LineupModel): MipData => ({ cost: m.mip.cost, lower: m.mip.lower, upper: m.mip.upper, rows: m.mip.rows, shape: lineupShape(m) });

export interface OptimizeOptions {
  /** Where to solve; default: this thread. Pass a worker pool (createWorkerBackend) for speed. */
  backend?: SolverBackend;
  onProgress?: (done: number, total: number) => void;
  /** Sim-draw mode (rules.simDraws): draws[k][i] = simulated points of players[i] in draw k. */
  draws?: ReadonlyArray<ArrayLike<number>>;
  /**
   * Dominance margin for dropping players that cannot matter (see prunePlayers), or false to keep all.
   * Lineup #1 is always checked against the unpruned model and the run repeated unpruned if it differs.
   */
  prune?: number | false;
  /** Internal: fast mode may shrink each stack slice's pool (set only where lineup #1 gets verified). */
  restrictSlices?: boolean;
  /**
   * Nodes the exact branch-and-bound search may visit before the run falls back to HiGHS (0: straight to HiGHS).
   * Default SEARCH_NODE_BUDGET.
   */
  searchNodes?: number;
  /** Seconds the search may take before the run falls back to HiGHS. Default SEARCH_SECONDS. */
  searchSeconds?: number;
}

export interface OptimizeResult {
  lineups: Lineup[];
  exposure: ExposureReport;
  missedExposure: MissedBound[];
  warnings: string[];
  stats: OptimizeStats;
}

export interface OptimizeStats {
  solves: number;
  /** Fast-mode solves ended by the time limit (with the best lineup found so far, or none). */
  stoppedEarly: number;
  /** Solves repeated with a doubled time limit because the one before ended without any lineup. */
  retries: number;
  /** Fast mode: lineups accepted further than its 0.5% gap below the best proven bound (time-limited solves). */
  unproven: number;
  /**
   * Per lineup, how far (points) it may lie below the best lineup still possible when it was accepted, by the
   * proven bound: the worst (also as % of the bound) and the sum. 0 in exact mode; unknown for varied runs (null).
   */
  gapToBound: { worst: number; worstPct: number; total: number } | null;
  solveSeconds: number;
  wallSeconds: number;
  partitions: number;
  /** exact-search: the branch-and-bound path (exact, no HiGHS); exact-/fast-sequential: HiGHS partitions. */
  mode: 'exact-search' | 'exact-sequential' | 'fast-sequential' | 'varied';
  prunedPlayers: number;
  firstLineupSeconds: number;
}

/**
 * Sim-draw mode without usable draws is refused like any other rule the slate cannot support (a line stack
 * without line data): building plain projection lineups instead would look like success.
 */
function checkDraws(players: OptimizerPlayer[], rules: OptimizerRules, draws: OptimizeOptions['draws']): void {
  if (rules.simDraws === undefined) return;
  if (draws === undefined || draws.length === 0) {
    throw new AppError('no_draws', 'sim-draw mode (rules.simDraws) needs simulation draws and none were given: ' +
      'use a projection set from a projections simulation, or remove simDraws from the rules');
  }
  const bad = draws.findIndex((d) => d.length !== players.length);
  if (bad >= 0) {
    throw new AppError('invalid_draws', `sim draw ${bad + 1} has ${draws[bad]?.length ?? 0} values for ${players.length} players`);
  }
}

/**
 * Builds `rules.lineups` lineups. Without randomness the result is the exact sequential answer (each lineup the
 * best one that respects every rule and differs enough from all earlier ones), solved partition by partition;
 * with randomness or sim draws each lineup maximises its own perturbed projections.
 * Throws AppError('infeasible_rules') with a diagnosis when no lineup is possible, and AppError('no_draws') when
 * sim-draw mode is asked without draws.
 */
export async function optimizeLineups(players: OptimizerPlayer[], siteRules: SiteRules, rules: OptimizerRules, options: OptimizeOptions = {}): Promise<OptimizeResult> {
  const started = performance.now();
  checkDraws(players, rules, options.draws);
  const varied = rules.randomness !== undefined || rules.simDraws !== undefined;
  if (!varied && !hasMinExposure(rules) && (options.searchNodes ?? SEARCH_NODE_BUDGET) > 0) {
    const searched = optimizeBySearch(players, siteRules, rules, options, started);
    if (searched) return searched;
  }
  const fast = rules.mode === 'fast' || (rules.mode === 'auto' && rules.lineups > 20);
  // A fixed margin is only safe for lineup #1 (which gets verified below); exact runs prune for the top N.
  const pruned = options.prune === false || varied ? null
    : fast || options.prune !== undefined ? prunePlayers(players, siteRules, rules, options.prune ?? 3)
      : prunePlayersForTopN(players, siteRules, rules, rules.lineups);
  if (pruned && (pruned.length < players.length || fast)) {
    const backend = options.backend ?? createInThreadBackend();
    const fullName = `full${++runCounter}`;
    try {
      const full = buildLineupModel(players, siteRules, rules);
      await backend.init(mipData(full), fullName);
      const verify = backend.solve(backend.size - 1, { model: fullName, partition: 'verify', forceCols: [], events: new Portfolio(full, rules.lineups).tracker.events(rules.lineups), rows: [], costs: null });
      // The check runs beside the build; if the build throws, its outcome is not needed (and must not go unhandled).
      verify.catch(() => undefined);
      const result = await optimizeLineups(pruned, siteRules, rules, { ...options, backend, prune: false, restrictSlices: fast, searchNodes: 0 });
      const optimum = await verify;
      const first = result.lineups[0]?.objective ?? Number.NEGATIVE_INFINITY;
      if (optimum.status !== 'optimal' || optimum.objective <= first + 1e-6) {
        return { ...result, stats: { ...result.stats, wallSeconds: Math.round((performance.now() - started) / 10) / 100, prunedPlayers: players.length - pruned.length } };
      }
      // A pruned player belongs in the optimum: fall through to the exact, unpruned run.
    } finally {
      if (options.backend) await backend.release(fullName);
      else await backend.close();
    }
    return optimizeLineups(players, siteRules, rules, { ...options, prune: false, restrictSlices: false, searchNodes: 0 });
  }
  const model = buildLineupModel(players, siteRules, rules);
  const backend = options.backend ?? createInThreadBackend();
  const ownBackend = options.backend === undefined;
  const portfolio = new Portfolio(model, rules.lineups);
  let partitions = varied ? [] : choosePartitions(model);
  if (options.restrictSlices && !varied) {
    const keep = prunePlayers(players, siteRules, { ...rules, stacks: [] }, FAST_SLICE_MARGIN);
    if (keep) partitions = restrictPartitions(model, partitions, new Set(keep.map((p) => p.id)));
  }
  const ctx: MergeContext = {
    model, backend, portfolio, modelName: `run${++runCounter}`, events: portfolio.tracker.events(rules.lineups), generation: 0, speculate: backend.size > 1,
    fastLimits: fast ? FAST_LIMITS : null,
    stats: emptyMergeStats(),
    onAccept: (n) => {
      if (n === 1) firstLineupSeconds = (performance.now() - started) / 1000;
      options.onProgress?.(n, rules.lineups);
    },
  };
  const warnings: string[] = [];
  let firstLineupSeconds = 0;
  try {
    await backend.init(mipData(model), ctx.modelName);
    for (;;) {
      const done = varied ? await runVaried(ctx, (k) => costsFor(k)) : await runMerge(ctx, partitions);
      if (done) break;
      if (portfolio.accepted.length === 0 && portfolio.tracker.bounds.every((b) => !b.banned && !b.forced)) {
        const diagnosis = await diagnoseInfeasible(model.mip);
        throw new AppError('infeasible_rules', diagnosis.message, diagnosis);
      }
      const active = portfolio.tracker.bounds.filter((b) => (b.banned || b.forced) && !b.dropped);
      if (active.length === 0 || rules.exposure.mode === 'strict') {
        if (active.length > 0 && rules.exposure.mode === 'strict') {
          throw new AppError('exposure_infeasible', `only ${portfolio.accepted.length} of ${rules.lineups} lineups fit the exposure bounds ` +
            `(binding: ${describeBounds(active)}); ` +
            'loosen them or use exposure mode "best-effort"', { built: portfolio.accepted.length });
        }
        warnings.push(`only ${portfolio.accepted.length} of ${rules.lineups} lineups satisfy the rules (min unique ${rules.minUnique})`);
        break;
      }
      // Best-effort: give up the bounds that blocked progress and continue with fresh partition models.
      for (const b of active) b.dropped = true;
      ctx.generation += 1;
      ctx.events = portfolio.tracker.activeEvents();
      if (varied) for (const a of portfolio.accepted) ctx.events.push({ kind: 'row', row: portfolio.cutFor(a) });
    }
  } finally {
    if (ownBackend) await backend.close();
    else await backend.release(ctx.modelName);
  }

  // Fast mode accepts lineups within the gap, so they can come a little out of order: after #1 (the proven
  // optimum) they are listed by objective. Exact and varied runs keep the order they were built in.
  const accepted = ctx.fastLimits && !varied ? [...portfolio.accepted.slice(0, 1), ...portfolio.accepted.slice(1).sort((a, b) => b.objective - a.objective)] : portfolio.accepted;
  return finishRun(model, portfolio, accepted, warnings, {
    solves: ctx.stats.solves, stoppedEarly: ctx.stats.stoppedEarly, retries: ctx.stats.retries, unproven: ctx.stats.unproven,
    gapToBound: varied ? null : { worst: round2(ctx.stats.worstGap), worstPct: round2(ctx.stats.worstGapPct), total: round2(ctx.stats.totalGap) },
    solveSeconds: Math.round(ctx.stats.solveSeconds * 1000) / 1000,
    wallSeconds: Math.round((performance.now() - started) / 10) / 100, partitions: partitions.length,
    mode: varied ? 'varied' : ctx.fastLimits ? 'fast-sequential' : 'exact-sequential', prunedPlayers: 0,
    firstLineupSeconds: Math.round(firstLineupSeconds * 100) / 100,
  });

  function costsFor(k: number): number[] {
    if (rules.simDraws && options.draws) return costsFromPoints(model, drawPoints(model, options.draws, rules.simDraws.blend, k));
    if (rules.randomness) return costsFromPoints(model, randomizedPoints(model, rules.randomness, k));
    return model.mip.cost;
  }
}

/** Decodes accepted lineups and builds the exposure report, missed bounds and their warnings. */
function finishRun(model: LineupModel, portfolio: Portfolio, accepted: Portfolio['accepted'], warnings: string[], stats: OptimizeStats): OptimizeResult {
  const lineups = accepted.map((a, i) => decodeLineup(model, a.ones, i + 1));
  accepted.forEach((a, i) => {
    const l = lineups[i];
    if (l) l.objective = Math.round(a.objective * 1e4) / 1e4;
  });
  const missedExposure = findMissedBounds(portfolio.tracker.bounds, lineups.length);
  for (const m of missedExposure) warnings.push(`exposure ${m.bound} ${m.target} for ${m.label} missed: ${m.achieved} (${m.byLineups} lineups)`);
  return { lineups, exposure: buildExposureReport(lineups), missedExposure, warnings, stats };
}

/**
 * The exact sequential answer by branch and bound (see runSearch), when these rules allow it and it finishes
 * within the node budget; null sends the run to HiGHS.
 */
function optimizeBySearch(players: OptimizerPlayer[], siteRules: SiteRules, rules: OptimizerRules, options: OptimizeOptions, started: number): OptimizeResult | null {
  // Safe pruning for the top N (null: these rules need every player).
  const pool = options.prune === false ? players : (prunePlayersForTopN(players, siteRules, rules, rules.lineups) ?? players);
  const model = buildLineupModel(pool, siteRules, rules);
  let firstLineupSeconds = 0;
  const run = runSearch(model, rules.lineups, {
    nodeBudget: options.searchNodes ?? SEARCH_NODE_BUDGET,
    deadline: performance.now() + (options.searchSeconds ?? SEARCH_SECONDS) * 1000,
    failedLeafBudget: SEARCH_FAILED_LEAVES,
    onAccept: (n) => {
      if (n === 1) firstLineupSeconds = (performance.now() - started) / 1000;
      options.onProgress?.(n, rules.lineups);
    },
  });
  if (!run) return null;
  const wallSeconds = Math.round((performance.now() - started) / 10) / 100;
  return finishRun(model, run.portfolio, run.portfolio.accepted, [], {
    solves: run.rounds, stoppedEarly: 0, retries: 0, unproven: 0, gapToBound: { worst: 0, worstPct: 0, total: 0 },
    solveSeconds: wallSeconds, wallSeconds, partitions: 1, mode: 'exact-search', prunedPlayers: players.length - pool.length,
    firstLineupSeconds: Math.round(firstLineupSeconds * 100) / 100,
  });
}

/**
 * Min exposures are a property of the whole set, which the search only meets by luck within its budget (an
 * impossible one, two QBs each in every lineup, used up the full search time before HiGHS proved it): such runs go
 * straight to HiGHS, whose exposure rows handle them.
 */
function hasMinExposure(rules: OptimizerRules): boolean {
  const positive = (x: number | undefined): boolean => x !== undefined && x > 0;
  return Object.values(rules.exposure.players).some((b) => positive(b.min))
    || Object.values(rules.exposure.teams).some((b) => positive(b.min))
    || rules.stacks.some((st) => positive((st as { minExposure?: number }).minExposure));
}
