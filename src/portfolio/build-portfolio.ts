import type { SiteRules } from '../core/site-rules.js';
import type { Lineup, OptimizerPlayer, OptimizerRules, SolverBackend } from '../optimizer/index.js';
import type { ContestRow, LineupMatrix, PayoutTable, SimSport } from '../sim/index.js';
import { isCaptainRow } from '../sites/index.js';
import { evaluatePortfolio, type PortfolioResult } from './evaluate-portfolio.js';
import type { CandidateMembers, PortfolioCaps } from './exposure-caps.js';
import { mergePoolOutcomes, scorePoolRange, type CompiledLineups, type PoolOutcomes } from './pool-outcomes.js';
import { precisionTargets } from './precision-targets.js';
import { selectByRank, selectPortfolio } from './select-portfolio.js';

/** One contest of an entries file: our entries in it and its economics (fieldSize counts every entry). */
export interface PortfolioContest {
  contestId: string;
  name: string;
  entryFee: number;
  entryIds: string[];
  payout: PayoutTable;
}

export interface BuildPortfolioInput {
  sport: SimSport;
  siteRules: SiteRules;
  /** Slate rows; draws and ownership follow this order. */
  players: OptimizerPlayer[];
  /** simMajor[s * players.length + row]: each row's raw simulated points (a captain row repeats its person's). */
  simMajor: Float32Array;
  sims: number;
  rules: OptimizerRules;
  poolSize: number;
  /** 0 = every lineup optimizes the mean projection, 10 = each one a single sim. */
  precision: number;
  seed: number;
  contests: PortfolioContest[];
  backend: SolverBackend;
  /** Worker threads for the sim-draw pool (default: every core; 0 = this thread). */
  workers?: number;
  onStage?: (stage: string) => void;
}

export interface ContestPortfolio {
  contest: PortfolioContest;
  /** Chosen lineups, one per entry id, in the entries' order. */
  lineups: Lineup[];
  portfolio: PortfolioResult;
  /** The same number of pool lineups taken by projection rank (same caps), scored on the same sims. */
  byProjection: PortfolioResult;
  exposure: { id: string; name: string; share: number }[];
  fieldEntries: number;
}

export interface BuiltPortfolio {
  pool: Lineup[];
  contests: ContestPortfolio[];
  seconds: { pool: number; contests: number };
  warnings: string[];
}

const now = (): number => performance.now() / 1000;

/** Sims scored between two yields to the event loop. */
const SCORE_PIECE = 250;

function lineupMatrix(lineups: readonly Lineup[], rowOf: Map<OptimizerPlayer, number>, slotCount: number): LineupMatrix {
  const rows = new Int32Array(lineups.length * slotCount);
  lineups.forEach((l, i) => l.slots.forEach((s) => { rows[i * slotCount + s.slotIndex] = rowOf.get(s.player)!; }));
  return { slotCount, entryCount: lineups.length, rows };
}

function membersOf(lineup: Lineup): CandidateMembers {
  return { players: lineup.slots.map((s) => s.player.playerKey), teams: lineup.slots.map((s) => s.player.team) };
}

/** The portfolio's caps: the rules' exposure bounds, read over the chosen set instead of the pool. */
export function capsFromRules(rules: OptimizerRules, players: readonly OptimizerPlayer[]): PortfolioCaps {
  const byKey: Record<string, { max?: number }> = {};
  for (const [ref, bound] of Object.entries(rules.exposure.players)) {
    if (bound.max === undefined) continue;
    for (const p of players) if (p.id === ref || p.playerKey === ref || p.name === ref) byKey[p.playerKey] = { max: bound.max };
  }
  const teams = Object.fromEntries(Object.entries(rules.exposure.teams).filter(([, b]) => b.max !== undefined).map(([t, b]) => [t, { max: b.max }]));
  return { ...(rules.exposure.maxPlayer !== undefined ? { maxPlayer: rules.exposure.maxPlayer } : {}), players: byKey, teams };
}

/**
 * The slate-day flow on one slate: a pool of lineups from the sims (each optimal for its own subset of sims,
 * under the user's rules), then per contest a field for its size and payout, the pool scored against it in
 * every sim, and the contest's lineups chosen greedily by marginal portfolio return within the exposure caps.
 */
export async function buildPortfolio(input: BuildPortfolioInput): Promise<BuiltPortfolio> {
  const { players, siteRules, sims } = input;
  const sim = await import('../sim/index.js');
  const opt = await import('../optimizer/solve.js');
  const rowCount = players.length;
  const warnings: string[] = [];
  const t0 = now();
  input.onStage?.(`building a pool of ${input.poolSize} lineups`);
  const targets = precisionTargets(input.simMajor, rowCount, sims, input.poolSize, input.precision, input.seed);
  // Each target is one independent search (the optimizer's sim-draw pool, on worker threads); exposure and
  // uniqueness are the portfolio's business, so the pool applies only the lineup rules (stacks, locks, ...).
  const pooled = await opt.buildSimDrawPool(players, siteRules, input.rules, targets, { seed: input.seed, ...(input.workers !== undefined ? { workers: input.workers } : {}) });
  if (pooled.infeasible > 0) warnings.push(`${pooled.infeasible} of ${pooled.solved} pool targets have no lineup under the rules`);
  // The projection-rank comparison, and a floor for low precisions (whose targets coincide): the top lineups by
  // mean projection join the pool.
  const kMax = Math.max(1, ...input.contests.map((c) => c.entryIds.length));
  const topRules = { ...input.rules, lineups: Math.min(10_000, kMax * 2), mode: 'exact' as const, simDraws: undefined, randomness: undefined,
    exposure: { mode: 'best-effort' as const, players: {}, teams: {} } };
  const top = await opt.optimizeLineups(players, siteRules, topRules, { backend: input.backend });
  warnings.push(...top.warnings);
  // Players in more of the pool than the caps allow of the portfolio would leave too few lineups to choose from
  // once they are capped: a share of the targets is solved again without each such player (the five most
  // over-represented), so the selection can meet every cap from the pool.
  const extra = await diversifyForCaps(pooled.lineups.map((p) => p.lineup), players, siteRules, input, targets);
  const seen = new Set<string>();
  const pool = [...pooled.lineups.map((p) => p.lineup), ...top.lineups, ...extra].filter((l) => {
    const key = l.slots.map((s) => `${s.slotIndex}:${s.player.id}`).sort().join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const poolSeconds = now() - t0;

  const rowOf = new Map(players.map((p, i) => [p, i]));
  const firstRow = new Map<string, number>();
  players.forEach((p, i) => firstRow.has(p.playerKey) || firstRow.set(p.playerKey, i));
  const hasOwnership = players.some((p) => (p.ownership ?? 0) > 0);
  const percent = players.some((p) => (p.ownership ?? 0) > 1.5);
  const rows: ContestRow[] = players.map((p) => ({
    simIndex: firstRow.get(p.playerKey)!,
    positions: p.positions,
    salary: p.salary,
    team: p.team,
    gameKey: p.gameKey,
    captainRow: siteRules.captainRows && isCaptainRow(p.rosterPositions),
    ownership: (p.ownership ?? 0) / (percent ? 100 : 1),
    mean: p.projection,
  }));
  // prepareContest reads player-major draws (for estimated ownership): transpose back once.
  const playerMajor = new Float32Array(input.simMajor.length);
  for (let s = 0; s < sims; s++) for (let r = 0; r < rowCount; r++) playerMajor[r * sims + s] = input.simMajor[s * rowCount + r]!;
  const poolMatrix = lineupMatrix(pool, rowOf, siteRules.slots.length);
  const members = pool.map(membersOf);
  const projection = Float64Array.from(pool, (l) => l.projection);
  const caps = capsFromRules(input.rules, players);
  const byRank = [...pool.keys()].sort((a, b) => projection[b]! - projection[a]!);
  const t1 = now();
  const contests: ContestPortfolio[] = [];
  for (const [ci, contest] of input.contests.entries()) {
    const k = contest.entryIds.length;
    const fieldEntries = contest.payout.fieldSize - k;
    if (fieldEntries < 1) throw new Error(`contest ${contest.contestId}: a field of ${contest.payout.fieldSize} entries has no room beside our ${k}`);
    input.onStage?.(`contest ${contest.contestId}: field of ${fieldEntries}, scoring ${pool.length} lineups in ${sims} sims`);
    // prepareContest builds (fieldSize - ours) field entries: size the table so that is the contest's field.
    const prepared = await sim.prepareContest({
      sport: input.sport, rows, rules: siteRules, payout: { ...contest.payout, fieldSize: fieldEntries + pool.length }, ours: poolMatrix,
      draws: playerMajor, playerCount: rowCount, sims, seed: input.seed + 7919 * (ci + 1), ownership: hasOwnership ? 'rows' : 'estimate',
    });
    const kSlots = prepared.scoring.slotCount;
    const slice = (from: number, to: number): CompiledLineups => ({
      slotCount: kSlots, entryCount: to - from,
      players: prepared.scoring.players.subarray(from * kSlots, to * kSlots),
      multipliers: prepared.scoring.multipliers.subarray(from * kSlots, to * kSlots),
    });
    const fieldCompiled = slice(0, fieldEntries);
    const poolCompiled = slice(fieldEntries, fieldEntries + pool.length);
    const cumulative = sim.cumulativePayouts(contest.payout);
    const paid = sim.paidPositions(contest.payout);
    // Scored a few hundred sims at a time, yielding between pieces: the job's lease heartbeat (and the HTTP side of
    // a combined process) keeps running through a long scoring pass.
    const parts: PoolOutcomes[] = [];
    for (let start = 0; start < sims; start += SCORE_PIECE) {
      const end = Math.min(sims, start + SCORE_PIECE);
      parts.push(scorePoolRange(fieldCompiled, poolCompiled, input.simMajor.subarray(start * rowCount, end * rowCount), rowCount, start, end, paid, sims));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const outcomes = mergePoolOutcomes(parts);
    const picked = selectPortfolio({ outcomes, cumulative, k, members, caps, priority: projection });
    if (picked.overCap > 0) {
      warnings.push(`contest ${contest.contestId}: the pool of ${pool.length} held too few lineups within the exposure caps; ${picked.overCap} of ${k} entries were chosen past them (build a larger pool or lower the precision)`);
    }
    if (picked.chosen.length < k) warnings.push(`contest ${contest.contestId}: the pool has only ${picked.chosen.length} distinct lineups for ${k} entries`);
    const rankPicked = selectByRank(byRank, k, members, caps);
    const portfolio = evaluatePortfolio(outcomes, picked.chosen, cumulative, contest.entryFee);
    const byProjection = evaluatePortfolio(outcomes, rankPicked, cumulative, contest.entryFee);
    const counts = new Map<string, { name: string; n: number }>();
    for (const c of picked.chosen) for (const s of pool[c]!.slots) {
      const e = counts.get(s.player.playerKey) ?? { name: s.player.name, n: 0 };
      e.n += 1;
      counts.set(s.player.playerKey, e);
    }
    contests.push({
      contest,
      lineups: picked.chosen.map((c) => pool[c]!),
      portfolio,
      byProjection,
      exposure: [...counts].map(([id, e]) => ({ id, name: e.name, share: e.n / Math.max(1, picked.chosen.length) })).sort((a, b) => b.share - a.share),
      fieldEntries,
    });
  }
  return { pool, contests, seconds: { pool: poolSeconds, contests: now() - t1 }, warnings };
}

/** Pool share above which a capped player gets lineups built without him. */
const SATURATED_MARGIN = 1.2;
const DIVERSIFY_PLAYERS = 5;

async function diversifyForCaps(pool: readonly Lineup[], players: readonly OptimizerPlayer[], siteRules: SiteRules, input: BuildPortfolioInput, targets: readonly Float64Array[]): Promise<Lineup[]> {
  const caps = capsFromRules(input.rules, players);
  if (caps.maxPlayer === undefined && Object.keys(caps.players ?? {}).length === 0) return [];
  const counts = new Map<string, number>();
  for (const l of pool) for (const key of new Set(l.slots.map((s) => s.player.playerKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const capOf = (key: string): number => Math.min(caps.players?.[key]?.max ?? 1, caps.maxPlayer ?? 1);
  const saturated = [...counts].filter(([key, n]) => n / Math.max(1, pool.length) > capOf(key) * SATURATED_MARGIN)
    .sort((a, b) => b[1] / Math.max(1, pool.length) - capOf(b[0]) - (a[1] / Math.max(1, pool.length) - capOf(a[0]))).slice(0, DIVERSIFY_PLAYERS);
  if (saturated.length === 0) return [];
  const opt = await import('../optimizer/solve.js');
  const share = Math.max(1, Math.ceil(targets.length * 0.15));
  const out: Lineup[] = [];
  for (const [i, [key]] of saturated.entries()) {
    const ids = players.filter((p) => p.playerKey === key).map((p) => p.id);
    const rules = { ...input.rules, excludePlayers: [...input.rules.excludePlayers, ...ids] };
    const subset = targets.slice((i * share) % targets.length, (i * share) % targets.length + share);
    const built = await opt.buildSimDrawPool([...players], siteRules, rules, subset, { seed: input.seed + i + 1, ...(input.workers !== undefined ? { workers: input.workers } : {}) });
    out.push(...built.lineups.map((p) => p.lineup));
  }
  return out;
}
