import { loadHighs } from '../solver/load-highs.js';
import type { MipData } from '../solver/solver-session.js';
import { PartitionSessions } from './partition-sessions.js';
import type { SolveRequest, SolveResponse, SolverBackend } from './solve-protocol.js';

/** Solves in the calling thread (tests, tiny slates, environments without worker threads). */
export function createInThreadBackend(): SolverBackend {
  // Created once, so overlapping init() calls share it instead of racing to replace it.
  let sessions: Promise<PartitionSessions> | null = null;
  const ready = (): Promise<PartitionSessions> => {
    sessions ??= loadHighs().then((highs) => new PartitionSessions(highs));
    return sessions;
  };
  return {
    size: 1,
    async init(data: MipData, name = 'main'): Promise<void> {
      (await ready()).load(name, data);
    },
    async solve(_slot: number, request: SolveRequest): Promise<SolveResponse> {
      return (await ready()).solve(request);
    },
    async release(name: string): Promise<void> {
      if (sessions) (await sessions).release(name);
    },
    async close(): Promise<void> {
      const s = sessions;
      sessions = null;
      if (s) (await s).dispose();
    },
  };
}
