import type { ContestRow, ContestRules } from './contest-types.js';
import { eligibleRowsBySlot, slotMultipliers } from './slot-eligibility.js';

/**
 * The best lineup for given points per row, found greedily (highest points per slot under the cap, most
 * specific slots first, keeping the cheapest completion affordable) and then improved by single swaps until
 * none helps. A fast heuristic (microseconds, no solver): good enough for "what the sims' best lineups use" and
 * for the field's optimizer-built entries, which only need to sit near the optimum.
 */
export class BestLineupFinder {
  private readonly eligible: Int32Array[];
  private readonly mult: ArrayLike<number>;
  private readonly order: number[];
  private readonly reserveAfter: number[];

  constructor(
    private readonly rows: readonly ContestRow[],
    private readonly rules: ContestRules,
  ) {
    this.eligible = eligibleRowsBySlot(rows, rules);
    this.mult = slotMultipliers(rules);
    this.order = [...this.eligible.keys()].sort((a, b) => this.eligible[a]!.length - this.eligible[b]!.length);
    const minSalary = this.eligible.map((list) => list.reduce((m, r) => Math.min(m, rows[r]!.salary), Infinity));
    this.reserveAfter = this.order.map((_, i) => this.order.slice(i + 1).reduce((sum, o) => sum + minSalary[o]!, 0));
  }

  /** Rows per slot (slot order of the rules), or null when the greedy pass cannot fill every slot. */
  find(pts: Float64Array): Int32Array | null {
    const { rows, rules, eligible, mult } = this;
    const chosen = new Int32Array(rules.slots.length).fill(-1);
    const used = new Set<number>();
    let salary = 0;
    for (let i = 0; i < this.order.length; i++) {
      const k = this.order[i]!;
      let best = -1;
      for (const r of eligible[k]!) {
        const row = rows[r]!;
        if (used.has(row.simIndex) || salary + row.salary + this.reserveAfter[i]! > rules.salaryCap) continue;
        if (best < 0 || pts[r]! > pts[best]!) best = r;
      }
      if (best < 0) return null;
      chosen[k] = best;
      used.add(rows[best]!.simIndex);
      salary += rows[best]!.salary;
    }
    for (let pass = 0; pass < 3; pass++) {
      let improved = false;
      for (let k = 0; k < chosen.length; k++) {
        const cur = chosen[k]!;
        let best = cur;
        for (const r of eligible[k]!) {
          const row = rows[r]!;
          if (r === cur || (used.has(row.simIndex) && row.simIndex !== rows[cur]!.simIndex)) continue;
          if (salary - rows[cur]!.salary + row.salary > rules.salaryCap) continue;
          if (pts[r]! * mult[k]! > pts[best]! * mult[k]!) best = r;
        }
        if (best !== cur) {
          used.delete(rows[cur]!.simIndex);
          used.add(rows[best]!.simIndex);
          salary += rows[best]!.salary - rows[cur]!.salary;
          chosen[k] = best;
          improved = true;
        }
      }
      if (!improved) break;
    }
    return chosen;
  }
}
