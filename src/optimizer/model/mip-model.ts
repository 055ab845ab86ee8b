/** A row of the lineup MIP; `group` names the user-facing rule it comes from, for infeasibility diagnosis. */
export interface MipRow {
  lower: number;
  upper: number;
  idx: number[];
  val: number[];
  group: string;
}

/**
 * A small in-memory MIP (all columns binary) that the rule builders append to. Kept solver-agnostic so the same
 * model can be sent to a worker thread, solved again with rule groups removed, or checked in tests.
 */
export class MipModel {
  readonly cost: number[] = [];
  readonly upper: number[] = [];
  readonly lower: number[] = [];
  readonly rows: MipRow[] = [];
  readonly colNames: string[] = [];

  get numCols(): number {
    return this.cost.length;
  }

  /** Adds a binary column and returns its index. */
  addBinary(name: string, cost = 0): number {
    this.cost.push(cost);
    this.lower.push(0);
    this.upper.push(1);
    this.colNames.push(name);
    return this.cost.length - 1;
  }

  /** Adds `lower <= sum(val * col) <= upper`, merging repeated columns. Empty rows are checked, not added. */
  addRow(group: string, terms: Array<[number, number]>, lower: number, upper: number): void {
    const merged = new Map<number, number>();
    for (const [col, v] of terms) merged.set(col, (merged.get(col) ?? 0) + v);
    const idx: number[] = [];
    const val: number[] = [];
    for (const [col, v] of [...merged].sort((a, b) => a[0] - b[0])) {
      if (v === 0) continue;
      idx.push(col);
      val.push(v);
    }
    if (idx.length === 0 && lower <= 0 && upper >= 0) return;
    this.rows.push({ lower, upper, idx, val, group });
  }

  /** Rule groups present in the model, in first-seen order. */
  groups(): string[] {
    return [...new Set(this.rows.map((r) => r.group))];
  }
}
