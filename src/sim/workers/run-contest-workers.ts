import type { Worker } from 'node:worker_threads';
import { startSimWorker } from './start-sim-worker.js';
import { planChunks } from '../engine/merge-chunks.js';
import { CONTEST_BLOCK, scoreContestRange, type ContestPartial, type ContestScoringInput } from '../contest/score-contest.js';

function startWorker(): Worker {
  return startSimWorker('contest-worker');
}

/**
 * Scores sims [simStart, simEnd) across `threads` worker threads (1 = in this thread). The draws go to the
 * workers once through a SharedArrayBuffer; the range is cut into tasks of `taskSims` (a multiple of
 * CONTEST_BLOCK) handed to whichever worker is free. Returns the partials in sim order.
 */
export async function scoreContestParallel(
  input: ContestScoringInput,
  simMajorDraws: Float32Array,
  playerCount: number,
  range: { simStart: number; simEnd: number },
  threads: number,
  taskSims = 500,
): Promise<ContestPartial[]> {
  const size = Math.max(CONTEST_BLOCK, Math.round(taskSims / CONTEST_BLOCK) * CONTEST_BLOCK);
  const tasks = planChunks(range.simEnd - range.simStart, size).map((t) => ({ ...t, simStart: t.simStart + range.simStart, simEnd: t.simEnd + range.simStart }));
  if (threads <= 1 || tasks.length === 1) {
    return tasks.map((t) =>
      scoreContestRange(input, simMajorDraws.subarray((t.simStart - range.simStart) * playerCount, (t.simEnd - range.simStart) * playerCount), playerCount, t.simStart, t.simEnd),
    );
  }
  const shared = new Float32Array(new SharedArrayBuffer(simMajorDraws.byteLength));
  shared.set(simMajorDraws);
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => startWorker());
  const results: ContestPartial[] = new Array<ContestPartial>(tasks.length);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.postMessage({ kind: 'setup', input, draws: shared, playerCount, drawsStart: range.simStart });
            const dispatch = (): void => {
              if (next >= tasks.length) {
                resolve();
                return;
              }
              const id = next++;
              const t = tasks[id]!;
              worker.postMessage({ kind: 'task', id, simStart: t.simStart, simEnd: t.simEnd });
            };
            worker.on('message', (msg: { id: number; partial: ContestPartial }) => {
              results[msg.id] = msg.partial;
              dispatch();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`contest worker exited with code ${code}`))));
            dispatch();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
