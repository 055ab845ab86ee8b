import { PartitionState, candidateSatisfies } from './partition-state.js';
import type { MergeContext } from './run-merge.js';

/**
 * Lineups whose objective changes every time (randomness, sim draws): lineup k maximises its own cost vector over
 * one global model per slot, with every accepted lineup's cut as a shared event. Slots solve different k at
 * once; a result that collides with a lineup accepted meanwhile is solved again with the new cuts.
 * A solve stopped by the time limit without a lineup is repeated with twice the limit, since a time-out is not
 * infeasibility. Returns false when no further lineup satisfies the rules.
 */
export async function runVaried(ctx: MergeContext, costsFor: (k: number) => number[]): Promise<boolean> {
  const { backend, portfolio } = ctx;
  const states = Array.from({ length: backend.size }, (_, slot) => new PartitionState({ key: `all${slot}`, forceCols: [] }, backend.size, ctx.generation, ctx.modelName));
  let nextK = portfolio.accepted.length;
  const pendingK: number[] = [];
  const takeK = (): number => pendingK.shift() ?? nextK++;

  const work = async (slot: number): Promise<boolean> => {
    const state = states[slot];
    if (!state) return false;
    let escalation = 0;
    let retryK: number | null = null;
    while (portfolio.remaining > 0) {
      const k: number = retryK ?? takeK();
      retryK = null;
      state.costs = costsFor(k);
      const fast = ctx.fastLimits;
      const limits = fast ? { relGap: fast.relGap, timeLimit: fast.timeLimit * 2 ** escalation } : undefined;
      if (escalation > 0) ctx.stats.retries += 1;
      // The slot's last lineup, repaired against the new cuts, is the solve's first incumbent.
      const res = await state.solve(backend, slot, ctx.events, limits, state.last ?? undefined);
      ctx.stats.solves += 1;
      ctx.stats.solveSeconds += res.seconds;
      if (res.status === 'feasible' || res.status === 'time-limit') ctx.stats.stoppedEarly += 1;
      if (res.status === 'infeasible') return false;
      if (res.status === 'time-limit') {
        // No lineup within the limit proves nothing: the same draw again with twice the time.
        escalation += 1;
        retryK = k;
        continue;
      }
      escalation = 0;
      if (res.status !== 'optimal' && res.status !== 'feasible') throw new Error(`solver stopped with status ${res.status}`);
      state.last = res.ones;
      const lineup = portfolio.toLineup(res.ones, res.objective);
      if (portfolio.remaining <= 0) return true;
      if (!candidateSatisfies(res.ones, ctx.events.slice(res.seq)) || portfolio.conflict(lineup)) {
        pendingK.unshift(k);
        continue;
      }
      ctx.events.push({ kind: 'row', row: portfolio.cutFor(lineup) });
      ctx.events.push(...portfolio.accept(lineup));
      ctx.onAccept(portfolio.accepted.length);
    }
    return true;
  };
  await Promise.all(states.map((_, slot) => work(slot)));
  return portfolio.remaining <= 0;
}
