import type { MipRow } from '../model/mip-model.js';
import type { Partition } from './choose-partitions.js';
import type { ModelEvent, SolveRequest, SolveResponse, SolverBackend } from './solve-protocol.js';

/** A solved candidate and the event-log position it was solved at. */
export interface Candidate {
  ones: number[];
  objective: number;
  seq: number;
}

/**
 * Book-keeping for one partition: cuts it has been given, what each solver slot has already seen (so any slot can
 * solve it and only the difference is sent), its best candidate, and an upper bound on its next candidate.
 */
export class PartitionState {
  readonly rows: MipRow[] = [];
  candidate: Candidate | null = null;
  /** Columns of the last lineup this partition produced, used or not: the local search repairs it next time. */
  last: number[] | null = null;
  /**
   * Proven upper bound on this partition's next lineup: the lowest bound any solve of it reported (its optimum,
   * or HiGHS's dual bound when a time limit stopped it). Valid because its constraints only ever tighten.
   */
  bound = Number.POSITIVE_INFINITY;
  /** Fast mode: solves in a row that the time limit stopped without any lineup; each doubles the next limit. */
  escalation = 0;
  /** Fast mode: its candidate comes from a time-limited solve, so it is ranked by its own objective (unproven). */
  timedOut = false;
  dead = false;
  busy = false;
  costs: number[] | null = null;
  private readonly sentRows: number[];
  private readonly sentEvents: number[];

  constructor(readonly partition: Partition, slots: number, readonly generation: number, readonly modelName = 'main') {
    this.sentRows = new Array<number>(slots).fill(0);
    this.sentEvents = new Array<number>(slots).fill(0);
  }

  /** Solves on `slot`, sending only what that slot has not seen; marks the partition busy meanwhile. */
  async solve(backend: SolverBackend, slot: number, events: ModelEvent[], limits?: SolveRequest['limits'], start?: number[]): Promise<SolveResponse & { seq: number }> {
    const seq = events.length;
    const request: SolveRequest = {
      model: this.modelName,
      partition: `${this.partition.key}#${this.generation}`,
      forceCols: this.partition.forceCols,
      ...(this.partition.banCols && (this.sentEvents[slot] ?? 0) === 0 && (this.sentRows[slot] ?? 0) === 0 ? { banCols: this.partition.banCols } : {}),
      events: events.slice(this.sentEvents[slot] ?? 0),
      rows: this.rows.slice(this.sentRows[slot] ?? 0),
      costs: this.costs,
      ...(limits ? { limits } : {}),
      ...(start ? { start } : {}),
    };
    this.sentEvents[slot] = seq;
    this.sentRows[slot] = this.rows.length;
    this.busy = true;
    try {
      return { ...(await backend.solve(slot, request)), seq };
    } finally {
      this.busy = false;
    }
  }
}

/** True when the candidate still satisfies every event logged after it was solved. */
export function candidateSatisfies(ones: number[], events: ModelEvent[]): boolean {
  const on = new Set(ones);
  for (const e of events) {
    if (e.kind === 'bounds') {
      if (e.upper < 1 && e.cols.some((c) => on.has(c))) return false;
      if (e.lower > 0 && e.cols.some((c) => !on.has(c))) return false;
    } else {
      let activity = 0;
      e.row.idx.forEach((c, k) => {
        if (on.has(c)) activity += e.row.val[k] ?? 0;
      });
      if (activity < e.row.lower - 1e-9 || activity > e.row.upper + 1e-9) return false;
    }
  }
  return true;
}
