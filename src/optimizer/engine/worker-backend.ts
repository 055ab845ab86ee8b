import { Worker } from 'node:worker_threads';
import type { MipData } from '../solver/solver-session.js';
import type { SolveRequest, SolveResponse, SolverBackend } from './solve-protocol.js';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/**
 * Starts the worker file next to this module. Run from TypeScript sources (tsx, vitest) the worker first registers
 * tsx's loader through a tiny data: URL bootstrap, since a worker does not inherit the parent's loader hooks.
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./solver-worker.js', import.meta.url));
  const api = import.meta.resolve('tsx/esm/api');
  const target = new URL('./solver-worker.ts', import.meta.url).href;
  const boot = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(target)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

/**
 * A pool of worker threads, one warm HiGHS runtime each. Create it once and reuse it across runs: each worker pays
 * the WebAssembly start-up (~0.5 s) only once. Workers are unref'd so an idle pool never keeps the process alive.
 */
export function createWorkerBackend(size: number): SolverBackend {
  const workers = Array.from({ length: Math.max(1, size) }, spawnWorker);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  for (const w of workers) {
    w.unref();
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new Error(`solver worker: ${reply.error}`));
    });
    w.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
  }

  const call = (slot: number, message: Record<string, unknown>): Promise<unknown> => {
    if (closed) return Promise.reject(new Error('solver pool is closed'));
    const worker = workers[slot % workers.length];
    if (!worker) return Promise.reject(new Error(`no solver worker ${slot}`));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  };

  return {
    size: workers.length,
    async init(data: MipData, name = 'main'): Promise<void> {
      await Promise.all(workers.map((_, i) => call(i, { type: 'init', data, name })));
    },
    async solve(slot: number, request: SolveRequest): Promise<SolveResponse> {
      return (await call(slot, { type: 'solve', request })) as SolveResponse;
    },
    async release(name: string): Promise<void> {
      await Promise.all(workers.map((_, i) => call(i, { type: 'release', name })));
    },
    async close(): Promise<void> {
      if (closed) return;
      await Promise.all(workers.map((_, i) => call(i, { type: 'reset' }).catch(() => null)));
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
