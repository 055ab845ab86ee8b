import type { MipRow } from '../model/mip-model.js';
import type { MipData } from '../solver/solver-session.js';

/** A change every partition model must see: a bound (ban/unban) or a row (forced exposure, cut). */
export type ModelEvent =
  | { kind: 'bounds'; cols: number[]; lower: number; upper: number }
  | { kind: 'row'; row: MipRow };

/**
 * One solve of one partition's persistent model. The sender passes only what changed since that partition's last
 * solve: `events` (shared by all partitions) and `rows` (cuts only this partition needs).
 */
export interface SolveRequest {
  /** Which loaded model (see SolverBackend.init); default 'main'. */
  model?: string;
  partition: string;
  /** Columns fixed to 1 when the partition's model is first created (its stack team, its QB...). */
  forceCols: number[];
  /** Columns fixed to 0 when the partition's model is first created (fast mode's smaller pool). */
  banCols?: number[];
  events: ModelEvent[];
  rows: MipRow[];
  /** Full objective for this solve (randomness, sim draws); null keeps the model's current costs. */
  costs: number[] | null;
  /** Fast mode: accept a lineup within this relative gap, or the best found within timeLimit seconds. */
  limits?: { relGap: number; timeLimit: number };
  /**
   * Columns at 1 of an earlier lineup of this slice (it may break the newest cuts or bans): repaired by local
   * search, it becomes HiGHS's first incumbent.
   */
  start?: number[];
}

export interface SolveResponse {
  status: 'optimal' | 'feasible' | 'infeasible' | 'time-limit' | 'error';
  objective: number;
  /** Indexes of columns at 1. */
  ones: number[];
  seconds: number;
  /** Proven upper bound on this solve's objective (Infinity when unknown). */
  bound: number;
  /** Branch-and-bound nodes explored; 0 means the solve stopped at the root. */
  nodes: number;
  /** Objective of the repaired start lineup (NaN when there was none). */
  startObjective: number;
}

/** Where solves run: in this thread or on worker threads, each with warm HiGHS models kept alive. */
export interface SolverBackend {
  readonly size: number;
  /** Loads a model into every solver slot under `name` (default 'main'), dropping older partition models. */
  init(data: MipData, name?: string): Promise<void>;
  /** Solves on slot `slot` (partitions stick to one slot so their model stays warm there). */
  solve(slot: number, request: SolveRequest): Promise<SolveResponse>;
  /** Frees a model's partition sessions on every slot (runs sharing a pool load their models under own names). */
  release(name: string): Promise<void>;
  close(): Promise<void>;
}
