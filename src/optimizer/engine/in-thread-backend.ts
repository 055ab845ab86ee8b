import { loadHighs } from '../solver/load-highs.js';
import type { MipData } from '../solver/solver-session.js';
import { PartitionSessions } from './partition-sessions.js';
import type { SolveRequest, SolveResponse, SolverBackend } from './solve-protocol.js';

/** Solves in the calling thread (tests, tiny slates, environments without worker threads). */
export function createInThreadBackend(): SolverBackend {
  let sessions: PartitionSessions | null = null;
  return {
    size: 1,
    async init(data: MipData, name = 'main'): Promise<void> {
      sessions ??= new PartitionSessions(await loadHighs());
      sessions.load(name, data);
    },
    async solve(_slot: number, request: SolveRequest): Promise<SolveResponse> {
      if (!sessions) throw new Error('solver backend used before init()');
      return sessions.solve(request);
    },
    async close(): Promise<void> {
      sessions?.dispose();
      sessions = null;
    },
  };
}
