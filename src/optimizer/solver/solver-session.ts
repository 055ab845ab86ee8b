import type { Highs, Model } from 'highs';
import type { MipRow } from '../model/mip-model.js';
import { ModelMirror, type LineupShape } from './model-mirror.js';
import { searchLineup } from './search-lineup.js';

/** What a solve returns: the column values and objective, or why there are none. */
export interface SolveOutcome {
  /** 'feasible': stopped by a time limit or gap with a lineup in hand, not proven optimal. */
  status: 'optimal' | 'feasible' | 'infeasible' | 'time-limit' | 'error';
  objective: number;
  values: Float64Array;
  seconds: number;
  /** Proven upper bound on the objective (HiGHS mip_dual_bound); Infinity when the solve proved nothing. */
  bound: number;
  /** Branch-and-bound nodes explored (0 = stopped at the root). */
  nodes: number;
  /** Objective of the start lineup the local search handed to HiGHS (NaN without one). */
  startObjective: number;
}

/** Plain-data model, as sent to a worker thread. */
export interface MipData {
  cost: number[];
  lower: number[];
  upper: number[];
  rows: MipRow[];
  /** Lineup structure; with it, a solve's start lineup is first repaired and improved by local search. */
  shape?: LineupShape;
}

/**
 * HiGHS options for lineup MIPs: silent and exact (zero gap). Measured on the DK NFL slate's stack partitions:
 * presolve and the feasibility-jump heuristic cost more at the root than the whole branch-and-bound (most
 * partitions close at the root node), and restarts cost more than they save.
 */
const BASE_OPTIONS = {
  output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-6, mip_allow_restart: false, presolve: 'off',
  mip_heuristic_run_feasibility_jump: false,
} as const;

/**
 * One persistent HiGHS model: built once, then changed in place between lineups (costs, bounds, added cuts),
 * so a lineup costs one re-solve, not a re-parse.
 */
export class SolverSession {
  private readonly model: Model;
  readonly numCols: number;
  private readonly mirror: ModelMirror | null;

  constructor(private readonly highs: Highs, data: MipData, timeLimitSeconds?: number) {
    this.numCols = data.cost.length;
    const starts: number[] = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of data.rows) {
      indices.push(...row.idx);
      values.push(...row.val);
      starts.push(indices.length);
    }
    this.model = highs.createModel({
      numCols: this.numCols,
      numRows: data.rows.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost: Float64Array.from(data.cost),
      colLower: Float64Array.from(data.lower),
      colUpper: Float64Array.from(data.upper),
      rowLower: Float64Array.from(data.rows, (r) => (r.lower === -Infinity ? -highs.infinity : r.lower)),
      rowUpper: Float64Array.from(data.rows, (r) => (r.upper === Infinity ? highs.infinity : r.upper)),
      matrix: {
        format: 'csr', numRows: data.rows.length, numCols: this.numCols,
        starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values),
      },
      integrality: new Int32Array(this.numCols).fill(highs.constants.variableType.integer),
    });
    this.mirror = data.shape ? new ModelMirror(data, data.shape) : null;
    this.model.options.set(BASE_OPTIONS);
    if (timeLimitSeconds !== undefined) this.model.options.set('time_limit', timeLimitSeconds);
  }

  setCosts(cost: ArrayLike<number>): void {
    this.model.changeColsCost({ kind: 'range', from: 0, to: this.numCols - 1 }, Float64Array.from(cost));
    this.mirror?.setCosts(cost);
  }

  setBounds(cols: number[], lower: number, upper: number): void {
    for (const c of cols) this.model.changeColBounds(c, lower, upper);
    this.mirror?.setBounds(cols, lower, upper);
  }

  addRows(rows: MipRow[]): void {
    for (const r of rows) {
      const lo = r.lower === -Infinity ? -this.highs.infinity : r.lower;
      const hi = r.upper === Infinity ? this.highs.infinity : r.upper;
      this.model.addRow(lo, hi, { indices: Int32Array.from(r.idx), values: Float64Array.from(r.val) });
      this.mirror?.addRow(r);
    }
  }

  enablePresolve(): void {
    this.model.options.set('presolve', 'on');
  }

  /** Per-solve limits: a gap or time limit trades proof of optimality for speed. */
  setLimits(limits: { relGap: number; timeLimit: number }): void {
    this.model.options.set({ mip_rel_gap: limits.relGap, time_limit: limits.timeLimit });
  }

  /**
   * Solves. `from` (columns at 1 of an earlier lineup, feasible or not) is repaired and improved by local search
   * when the session knows the lineup shape, and the result seeds HiGHS's incumbent.
   */
  solve(from?: number[]): SolveOutcome {
    const t0 = performance.now();
    this.model.zeroAllClocks();
    const start = from && this.mirror ? searchLineup(this.mirror, from) : null;
    if (start) {
      const values = new Float64Array(this.numCols);
      for (const c of start.ones) values[c] = 1;
      this.model.setSolution({ colValue: values });
    }
    const startObjective = start?.objective ?? Number.NaN;
    this.model.run();
    const seconds = (performance.now() - t0) / 1000;
    const s = this.model.getModelStatus();
    const codes = this.highs.constants.modelStatus;
    const nodes = Number(this.model.info.get('mip_node_count'));
    const dual = Number(this.model.info.get('mip_dual_bound'));
    if (s === codes.optimal) {
      const objective = this.model.getObjectiveValue();
      return { status: 'optimal', objective, values: this.model.getSolution().colValue, seconds, bound: Number.isFinite(dual) ? Math.max(dual, objective) : objective, nodes, startObjective };
    }
    const bound = Number.isFinite(dual) ? dual : Number.POSITIVE_INFINITY;
    if (s === codes.timeLimit && Number(this.model.info.get('primal_solution_status')) === 2) {
      return { status: 'feasible', objective: this.model.getObjectiveValue(), values: this.model.getSolution().colValue, seconds, bound, nodes, startObjective };
    }
    const status = s === codes.infeasible ? 'infeasible' : s === codes.timeLimit ? 'time-limit' : 'error';
    return { status, objective: Number.NaN, values: new Float64Array(0), seconds, bound, nodes, startObjective };
  }

  dispose(): void {
    this.model.dispose();
  }
}
