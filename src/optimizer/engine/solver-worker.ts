import { parentPort } from 'node:worker_threads';
import { loadHighs } from '../solver/load-highs.js';
import type { MipData } from '../solver/solver-session.js';
import { PartitionSessions } from './partition-sessions.js';
import type { SolveRequest } from './solve-protocol.js';

/** Messages from the pool: load a model, solve a partition, or drop everything. */
type WorkerMessage =
  | { id: number; type: 'init'; data: MipData; name: string }
  | { id: number; type: 'solve'; request: SolveRequest }
  | { id: number; type: 'release'; name: string }
  | { id: number; type: 'reset' };

// Start loading the WebAssembly module as soon as the worker exists: the pool creates workers before it needs them.
// One sessions object per worker, created once (messages are handled concurrently: no check-then-await-then-set).
const sessionsReady = loadHighs().then((highs) => new PartitionSessions(highs));

parentPort?.on('message', (msg: WorkerMessage) => {
  void handle(msg).then(
    (result) => parentPort?.postMessage({ id: msg.id, ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ id: msg.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

async function handle(msg: WorkerMessage): Promise<unknown> {
  const sessions = await sessionsReady;
  if (msg.type === 'init') {
    sessions.load(msg.name, msg.data);
    return null;
  }
  if (msg.type === 'release') {
    sessions.release(msg.name);
    return null;
  }
  if (msg.type === 'reset') {
    sessions.dispose();
    return null;
  }
  return sessions.solve(msg.request);
}
