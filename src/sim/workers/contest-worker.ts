/**
 * Worker-thread entry: scores contest sim ranges. Receives the shared sim-major draws once, then one message
 * per range; answers with the range's ContestPartial.
 */
import { parentPort } from 'node:worker_threads';
import { scoreContestRange, type ContestScoringInput } from '../contest/score-contest.js';

interface Setup {
  kind: 'setup';
  input: ContestScoringInput;
  draws: Float32Array;
  playerCount: number;
  /** First sim held in `draws`. */
  drawsStart: number;
}
interface Task {
  kind: 'task';
  id: number;
  simStart: number;
  simEnd: number;
}

let setup: Setup | null = null;
parentPort?.on('message', (msg: Setup | Task) => {
  if (msg.kind === 'setup') {
    setup = msg;
    return;
  }
  if (!setup) throw new Error('contest worker got a task before its setup');
  const { input, draws, playerCount, drawsStart } = setup;
  const view = draws.subarray((msg.simStart - drawsStart) * playerCount, (msg.simEnd - drawsStart) * playerCount);
  const partial = scoreContestRange(input, view, playerCount, msg.simStart, msg.simEnd);
  parentPort?.postMessage({ id: msg.id, partial });
});
