import { prepareContest, type ContestSimulationInput, type PreparedContest } from '../contest/simulate-contest.js';
import { startSimWorker } from './start-sim-worker.js';

type Answer = { ok: true; prepared: PreparedContest } | { ok: false; message: string };

/**
 * prepareContest in a worker thread: estimating ownership and building a field of up to MAX_CONTEST_FIELD_SIZE
 * entries takes seconds of CPU, and in a process that also serves HTTP (ROLE unset) the event loop must keep
 * answering (/healthz, the API) meanwhile. Same input and seed give the same field as in-thread.
 * `inThread` runs it here (the CLI and benches, where nothing else waits on the loop).
 */
export async function prepareContestOffThread(input: ContestSimulationInput, inThread = false): Promise<PreparedContest> {
  if (inThread) return prepareContest(input);
  const worker = startSimWorker('prepare-contest-worker');
  try {
    const answer = await new Promise<Answer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`contest field worker exited with code ${code} before answering`)));
      worker.postMessage(input);
    });
    if (!answer.ok) throw new Error(answer.message);
    return answer.prepared;
  } finally {
    await worker.terminate();
  }
}
