import type { MipRow } from '../model/mip-model.js';
import type { MipData } from './solver-session.js';

/** Which columns put a person into a slot group: enough structure for a lineup local search. */
export interface LineupShape {
  /** Per column: its slot group, or -1 for helper columns (stack, min-games indicators). */
  group: number[];
  /** Per column: the person (playerKey index) it selects, or -1. */
  person: number[];
  /** Per slot group: how many columns of it a lineup has. */
  counts: number[];
}

/** A row as the search reads it. */
export interface MirrorRow {
  lower: number;
  upper: number;
  idx: number[];
  val: number[];
}

/**
 * A JavaScript copy of one persistent solver model (costs, bounds, rows, column-to-row index), kept in step with
 * every change, so a start lineup can be repaired against exactly the model HiGHS will solve.
 */
export class ModelMirror {
  readonly cost: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly rows: MirrorRow[] = [];
  /** Per column: the rows it appears in and its coefficient there. */
  readonly colRows: Array<Array<[number, number]>>;
  /** The salary cap row, if any: the search uses it for a budget-aware bound. */
  budgetRow = -1;

  constructor(data: MipData, readonly shape: LineupShape) {
    this.cost = Float64Array.from(data.cost);
    this.lower = Float64Array.from(data.lower);
    this.upper = Float64Array.from(data.upper);
    this.colRows = data.cost.map(() => []);
    for (const r of data.rows) this.addRow(r);
  }

  setCosts(cost: ArrayLike<number>): void {
    this.cost.set(cost);
  }

  setBounds(cols: number[], lower: number, upper: number): void {
    for (const c of cols) {
      this.lower[c] = lower;
      this.upper[c] = upper;
    }
  }

  addRow(r: MipRow): void {
    const index = this.rows.length;
    if (r.group === 'salary cap' && this.budgetRow < 0) this.budgetRow = index;
    this.rows.push({ lower: r.lower, upper: r.upper, idx: r.idx, val: r.val });
    r.idx.forEach((c, k) => this.colRows[c]?.push([index, r.val[k] ?? 0]));
  }
}
