/**
 * ingest-odds public API: The Odds API v4 → line history, current prices, and the consensus lines the sim engine
 * reads (per game: no-vig win probabilities, median spread/total, implied team totals; per player: prop lines).
 * Other modules import only this file.
 */
import { AppError } from '../../core/errors.js';
import type { RunOnce } from '../../core/ingest-once.js';

export { readOddsHistory, type OddsHistoryQuery } from './store/read-odds-history.js';
export { readGameLines, readGameLineHistory, listUnmatchedOdds, type GameLineView } from './store/read-odds.js';
export { readPollHealth, type PollHealth } from './store/record-poll.js';

/** `sportsdata ingest odds --once`: one poll cycle now, whatever the schedule; fails unless it completed. */
export const runOnce: RunOnce = async (ctx) => {
  const { runPollCycle } = await import('./run-poll-cycle.js');
  const summary = await runPollCycle(ctx, 'manual');
  if (summary.status !== 'ok') throw new AppError(`odds_poll_${summary.status}`, `odds poll ${summary.status}: ${summary.error ?? 'see the log'}`);
  return { ...summary };
};
