import type { MipData } from '../solver/solver-session.js';
import type { SolveRequest, SolveResponse, SolverBackend } from './solve-protocol.js';

/**
 * A backend that starts the real one (a worker pool, each worker loading HiGHS) on first use. Runs the exact
 * search finishes without HiGHS never pay for it: a one-lineup CLI run stays a fraction of a second.
 */
export function createLazyBackend(size: number, start: () => SolverBackend): SolverBackend {
  let real: SolverBackend | null = null;
  const get = (): SolverBackend => {
    real ??= start();
    return real;
  };
  return {
    size,
    init: (data: MipData, name?: string): Promise<void> => get().init(data, name),
    solve: (slot: number, request: SolveRequest): Promise<SolveResponse> => get().solve(slot, request),
    release: async (name: string): Promise<void> => {
      if (real) await real.release(name);
    },
    close: async (): Promise<void> => {
      const r = real;
      real = null;
      if (r) await r.close();
    },
  };
}
