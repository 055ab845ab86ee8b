import type { Highs } from 'highs';
import { SolverSession, type MipData } from '../solver/solver-session.js';
import type { SolveRequest, SolveResponse } from './solve-protocol.js';

/** The persistent models of one solver slot, one per (model, partition), created on first use. */
export class PartitionSessions {
  private readonly sessions = new Map<string, SolverSession>();
  private readonly data = new Map<string, MipData>();

  constructor(private readonly highs: Highs) {}

  /** Registers a model; partitions of an earlier model under the same name are disposed. */
  load(name: string, data: MipData): void {
    for (const [key, s] of this.sessions) {
      if (!key.startsWith(`${name}/`)) continue;
      s.dispose();
      this.sessions.delete(key);
    }
    this.data.set(name, data);
  }

  /** Disposes a model's sessions and forgets its data. */
  release(name: string): void {
    this.load(name, { cost: [], lower: [], upper: [], rows: [] });
    this.data.delete(name);
  }

  solve(req: SolveRequest): SolveResponse {
    const name = req.model ?? 'main';
    const key = `${name}/${req.partition}`;
    let session = this.sessions.get(key);
    if (!session) {
      const data = this.data.get(name);
      if (!data) throw new Error(`solver model "${name}" was not loaded`);
      session = new SolverSession(this.highs, data);
      session.setBounds(req.forceCols, 1, 1);
      if (req.banCols && req.banCols.length > 0) {
        session.setBounds(req.banCols, 0, 0);
        // With most columns fixed, presolve pays for itself: it leaves a small model for the root cut loop.
        session.enablePresolve();
      }
      this.sessions.set(key, session);
    }
    for (const e of req.events) {
      if (e.kind === 'bounds') session.setBounds(e.cols, e.lower, e.upper);
      else session.addRows([e.row]);
    }
    session.addRows(req.rows);
    if (req.costs) session.setCosts(req.costs);
    session.setLimits(req.limits ?? { relGap: 0, timeLimit: 1e9 });
    const out = session.solve(req.start);
    const ones: number[] = [];
    out.values.forEach((v, i) => {
      if (v > 0.5) ones.push(i);
    });
    return { status: out.status, objective: out.objective, ones, seconds: out.seconds, bound: out.bound, nodes: out.nodes, startObjective: out.startObjective };
  }

  dispose(): void {
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.data.clear();
  }
}
