import { parentPort } from 'node:worker_threads';
import { loadHighs } from '../solver/load-highs.js';
import type { MipData } from '../solver/solver-session.js';
import { PartitionSessions } from './partition-sessions.js';
import type { SolveRequest } from './solve-protocol.js';

/** Messages from the pool: load a model, solve a partition, or drop everything. */
type WorkerMessage =
  | { id: number; type: 'init'; data: MipData; name: string }
  | { id: number; type: 'solve'; request: SolveRequest }
  | { id: number; type: 'reset' };

let sessions: PartitionSessions | null = null;
// Start loading the WebAssembly module as soon as the worker exists: the pool creates workers before it needs them.
const highsReady = loadHighs();

parentPort?.on('message', (msg: WorkerMessage) => {
  void handle(msg).then(
    (result) => parentPort?.postMessage({ id: msg.id, ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ id: msg.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

async function handle(msg: WorkerMessage): Promise<unknown> {
  if (msg.type === 'init') {
    sessions ??= new PartitionSessions(await highsReady);
    sessions.load(msg.name, msg.data);
    return null;
  }
  if (msg.type === 'reset') {
    sessions?.dispose();
    sessions = null;
    return null;
  }
  if (!sessions) throw new Error('solver worker used before init');
  return sessions.solve(msg.request);
}
