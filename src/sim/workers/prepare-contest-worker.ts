/**
 * Worker-thread entry: builds one contest's field and scoring arrays (prepareContest) off the event loop.
 * Receives one ContestSimulationInput, answers with the PreparedContest or an error message, then exits.
 */
import { parentPort } from 'node:worker_threads';
import { prepareContest, type ContestSimulationInput } from '../contest/simulate-contest.js';

parentPort?.once('message', (input: ContestSimulationInput) => {
  try {
    parentPort?.postMessage({ ok: true, prepared: prepareContest(input) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
