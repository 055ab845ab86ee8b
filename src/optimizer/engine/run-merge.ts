import type { LineupModel } from '../model/lineup-model.js';
import type { Partition } from './choose-partitions.js';
import { candidateSatisfies, PartitionState, type Candidate } from './partition-state.js';
import type { Portfolio } from './portfolio.js';
import type { ModelEvent, SolverBackend } from './solve-protocol.js';

/** Fast-mode limits for every solve after lineup #1 (which is always proven optimal). */
export interface FastLimits {
  /** HiGHS stops within this relative gap; a lineup this close to the best proven bound counts as proven. */
  relGap: number;
  /** Time limit of a solve (s). A solve that found no lineup in it is repeated with twice the limit. */
  timeLimit: number;
}

/** What the merge counts, for the run's stats. */
export interface MergeStats {
  solves: number;
  solveSeconds: number;
  /** Solves ended by the time limit (with or without a lineup). */
  stoppedEarly: number;
  /** Solves repeated with a doubled time limit because the previous one ended without any lineup. */
  retries: number;
  /** Lineups accepted further than relGap below the best proven bound of all slices. */
  unproven: number;
  /** Per accepted lineup, points between it and the best proven bound of all slices when it was accepted. */
  worstGap: number;
  worstGapPct: number;
  totalGap: number;
}

export interface MergeContext {
  model: LineupModel;
  backend: SolverBackend;
  portfolio: Portfolio;
  events: ModelEvent[];
  onAccept: (count: number) => void;
  stats: MergeStats;
  generation: number;
  /** Name the run's model was loaded under on the backend. */
  modelName: string;
  /** Solve idle slots' next-best partitions ahead of need. */
  speculate: boolean;
  fastLimits: FastLimits | null;
}

export const emptyMergeStats = (): MergeStats => ({ solves: 0, solveSeconds: 0, stoppedEarly: 0, retries: 0, unproven: 0, worstGap: 0, worstGapPct: 0, totalGap: 0 });

/**
 * Sequential lineups, partitioned and lazy: the next lineup is the best one that differs enough from every
 * accepted lineup and respects exposure. Each partition keeps its own warm model and only the cuts it has needed,
 * a proven upper bound (its last optimum, or HiGHS's dual bound) and its best candidate. The partition ranked
 * highest is solved; when the best candidate reaches the highest rank it is accepted. A candidate ranks by its
 * objective once proven (exact: optimal; fast: within relGap of its bound) or once a fast-mode time limit stopped
 * its solve; a partition without one ranks by its bound. Fast mode also accepts a candidate within relGap of the
 * top rank, so both workers stay busy. Each solve starts from the partition's previous lineup, repaired by local
 * search in the worker (see searchLineup), so a time-limited solve returns at least that.
 * A time-out without any lineup proves nothing: the partition is solved again with twice the limit.
 * A candidate that collides with an accepted lineup adds that lineup's cut to its partition.
 * With several solver slots, idle slots solve the next-ranked partitions ahead of need.
 * Returns false when every partition is proven exhausted before enough lineups were accepted.
 */
export async function runMerge(ctx: MergeContext, partitions: Partition[]): Promise<boolean> {
  const { backend, portfolio } = ctx;
  const parts = partitions.map((p) => new PartitionState(p, backend.size, ctx.generation, ctx.modelName));
  for (const p of parts) for (const a of portfolio.accepted) p.rows.push(portfolio.cutFor(a));
  const busySlots = new Set<number>();
  const inFlight = new Set<Promise<void>>();
  const gap = ctx.fastLimits?.relGap ?? 0;
  // HiGHS proves optima to an absolute 1e-6; the slack keeps an exact optimum from looking below its own bound.
  const floor = (bound: number): number => bound - Math.abs(bound) * gap - 1e-5;
  const trusted = (p: PartitionState): boolean => p.candidate !== null && (p.timedOut || p.candidate.objective >= floor(p.bound));
  const rank = (p: PartitionState): number => (trusted(p) && p.candidate ? p.candidate.objective : p.bound);
  const valid = (c: Candidate | null): c is Candidate => c !== null && candidateSatisfies(c.ones, ctx.events.slice(c.seq));
  const needsSolve = (p: PartitionState): boolean => !p.busy && !trusted(p);

  const dispatch = (part: PartitionState, slot: number): void => {
    busySlots.add(slot);
    const previous = valid(part.candidate) ? part.candidate : null;
    part.candidate = null;
    const fast = portfolio.accepted.length > 0 ? ctx.fastLimits : null;
    if (fast && part.escalation > 0) ctx.stats.retries += 1;
    const limits = fast ? { relGap: fast.relGap, timeLimit: fast.timeLimit * 2 ** part.escalation } : undefined;
    part.timedOut = false;
    const job = part.solve(backend, slot, ctx.events, limits, previous?.ones ?? part.last ?? undefined).then((res) => {
      ctx.stats.solves += 1;
      ctx.stats.solveSeconds += res.seconds;
      if (res.status === 'infeasible') {
        part.dead = true;
        return;
      }
      if (res.status === 'error') throw new Error('solver stopped with status error');
      part.bound = Math.min(part.bound, res.bound);
      const found = res.status === 'optimal' || res.status === 'feasible' ? { ones: res.ones, objective: res.objective, seq: res.seq } : null;
      part.candidate = found && (!previous || found.objective >= previous.objective) ? found : previous;
      if (part.candidate) part.last = part.candidate.ones;
      if (res.status === 'optimal') {
        part.escalation = 0;
        return;
      }
      ctx.stats.stoppedEarly += 1;
      // With a lineup in hand it ranks by that lineup; with none, the next solve of this slice gets twice the time.
      if (part.candidate) {
        part.timedOut = true;
        part.escalation = 0;
      } else {
        part.escalation += 1;
      }
    }).finally(() => {
      busySlots.delete(slot);
      inFlight.delete(job);
    });
    inFlight.add(job);
  };

  while (portfolio.remaining > 0) {
    const alive = parts.filter((p) => !p.dead);
    if (alive.length === 0) return false;
    const top = Math.max(...alive.map(rank));
    const ready = alive.filter((p) => !p.busy && trusted(p));
    const pick = ready.length > 0 ? ready.reduce((a, b) => ((b.candidate?.objective ?? 0) > (a.candidate?.objective ?? 0) ? b : a)) : null;
    if (pick?.candidate && pick.candidate.objective >= floor(top)) {
      const cand = pick.candidate;
      pick.candidate = null;
      pick.timedOut = false;
      if (!valid(cand)) continue;
      const lineup = portfolio.toLineup(cand.ones, cand.objective);
      const clash = portfolio.conflict(lineup);
      if (clash) {
        pick.rows.push(portfolio.cutFor(clash));
        continue;
      }
      recordGap(ctx, Math.max(...alive.map((p) => p.bound)), cand.objective);
      ctx.events.push(...portfolio.accept(lineup));
      pick.rows.push(portfolio.cutFor(lineup));
      ctx.onAccept(portfolio.accepted.length);
      continue;
    }
    const queue = alive.filter(needsSolve).sort((a, b) => rank(b) - rank(a));
    for (const p of queue) {
      const slot = freeSlot(backend.size, busySlots);
      if (slot === null) break;
      dispatch(p, slot);
      if (!ctx.speculate) break;
    }
    if (inFlight.size === 0) throw new Error('lineup merge stalled');
    await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return true;
}

function recordGap(ctx: MergeContext, bound: number, objective: number): void {
  const points = Math.max(0, bound - objective);
  const s = ctx.stats;
  s.totalGap += points;
  if (points > s.worstGap) s.worstGap = points;
  const pct = bound > 0 ? (points / bound) * 100 : 0;
  if (pct > s.worstGapPct) s.worstGapPct = pct;
  if (ctx.fastLimits && points > Math.abs(bound) * ctx.fastLimits.relGap + 1e-5) s.unproven += 1;
}

function freeSlot(size: number, busy: Set<number>): number | null {
  for (let s = 0; s < size; s += 1) if (!busy.has(s)) return s;
  return null;
}
