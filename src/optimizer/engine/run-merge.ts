import type { LineupModel } from '../model/lineup-model.js';
import type { Partition } from './choose-partitions.js';
import { candidateSatisfies, PartitionState } from './partition-state.js';
import type { Portfolio } from './portfolio.js';
import type { ModelEvent, SolverBackend } from './solve-protocol.js';

export interface MergeContext {
  model: LineupModel;
  backend: SolverBackend;
  portfolio: Portfolio;
  events: ModelEvent[];
  onAccept: (count: number) => void;
  /** Solves done, for the stats. */
  stats: { solves: number; solveSeconds: number; stoppedEarly: number };
  generation: number;
  /** Name the run's model was loaded under on the backend. */
  modelName: string;
  /** Solve idle slots' next-best partitions ahead of need. */
  speculate: boolean;
  /** Fast mode: limits for every solve after lineup #1 (which is always proven optimal). */
  fastLimits: { relGap: number; timeLimit: number } | null;
}

/**
 * Exact sequential lineups, partitioned and lazy: the next lineup is the best one that differs enough from every
 * accepted lineup and respects exposure. Each partition keeps its own warm model and only the cuts it has needed,
 * and an upper bound (its last objective). The partition with the highest bound is solved; when its fresh
 * candidate is the highest bound overall and passes the uniqueness check, it is accepted. A candidate that
 * collides with an accepted lineup adds that lineup's cut to its partition and is solved again.
 * With several solver slots, idle slots solve the next-best stale partitions ahead of need.
 * Returns false when every partition is exhausted before enough lineups were accepted.
 */
export async function runMerge(ctx: MergeContext, partitions: Partition[]): Promise<boolean> {
  const { backend, portfolio } = ctx;
  const parts = partitions.map((p) => new PartitionState(p, backend.size, ctx.generation, ctx.modelName));
  for (const p of parts) for (const a of portfolio.accepted) p.rows.push(portfolio.cutFor(a));
  const busySlots = new Set<number>();
  const inFlight = new Set<Promise<void>>();

  const dispatch = (part: PartitionState, slot: number): void => {
    busySlots.add(slot);
    part.candidate = null;
    const limits = portfolio.accepted.length > 0 && ctx.fastLimits ? ctx.fastLimits : undefined;
    const job = part.solve(backend, slot, ctx.events, limits).then((res) => {
      ctx.stats.solves += 1;
      ctx.stats.solveSeconds += res.seconds;
      if (res.status === 'feasible' || res.status === 'time-limit') ctx.stats.stoppedEarly += 1;
      if (res.status === 'optimal' || res.status === 'feasible') {
        part.candidate = { ones: res.ones, objective: res.objective, seq: res.seq };
        part.bound = res.objective;
      } else if (res.status === 'infeasible' || res.status === 'time-limit') {
        // A fast-mode solve that found nothing in its time is treated as exhausted: the other slices carry on.
        part.dead = true;
      } else {
        throw new Error(`solver stopped with status ${res.status}`);
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
    let best = alive.reduce((a, b) => (b.bound > a.bound ? b : a));
    if (best.busy && ctx.fastLimits && portfolio.accepted.length > 0) {
      // Fast mode already accepts lineups within relGap of the best: a fresh candidate that close to the bound of
      // the slice being solved goes now instead of waiting, so both workers stay busy.
      const ready = alive.filter((p) => !p.busy && p.candidate !== null);
      const alt = ready.length > 0 ? ready.reduce((a, b) => (b.bound > a.bound ? b : a)) : null;
      if (alt && alt.bound >= best.bound - Math.abs(best.bound) * ctx.fastLimits.relGap) best = alt;
    }
    if (!best.busy && best.candidate) {
      const cand = best.candidate;
      best.candidate = null;
      if (!candidateSatisfies(cand.ones, ctx.events.slice(cand.seq))) continue;
      const lineup = portfolio.toLineup(cand.ones, cand.objective);
      const clash = portfolio.conflict(lineup);
      if (clash) {
        best.rows.push(portfolio.cutFor(clash));
        continue;
      }
      ctx.events.push(...portfolio.accept(lineup));
      best.rows.push(portfolio.cutFor(lineup));
      ctx.onAccept(portfolio.accepted.length);
      continue;
    }
    if (!best.busy) {
      const slot = freeSlot(backend.size, busySlots);
      if (slot !== null) {
        dispatch(best, slot);
        if (ctx.speculate) fillIdleSlots(parts, best, busySlots, backend.size, dispatch);
        continue;
      }
    } else if (ctx.speculate) {
      fillIdleSlots(parts, best, busySlots, backend.size, dispatch);
    }
    if (inFlight.size === 0) throw new Error('lineup merge stalled');
    await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return true;
}

function freeSlot(size: number, busy: Set<number>): number | null {
  for (let s = 0; s < size; s += 1) if (!busy.has(s)) return s;
  return null;
}

/** Idle slots take the best stale partitions after `best`: work that the merge will most likely need next. */
function fillIdleSlots(parts: PartitionState[], best: PartitionState, busy: Set<number>, size: number, dispatch: (p: PartitionState, slot: number) => void): void {
  const stale = parts.filter((p) => p !== best && !p.dead && !p.busy && !p.candidate).sort((a, b) => b.bound - a.bound);
  for (const p of stale) {
    const slot = freeSlot(size, busy);
    if (slot === null) return;
    dispatch(p, slot);
  }
}
