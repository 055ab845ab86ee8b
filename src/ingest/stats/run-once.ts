import type { RunOnce } from '../../core/ingest-once.js';
import { describeError } from '../../core/errors.js';

/**
 * `sportsdata ingest stats --once`: every ended game's box score in the foreground. A failing game is listed and
 * the others still run; the command fails only when every game failed.
 */
export const runOnce: RunOnce = async (ctx) => {
  const { findEndedGames } = await import('./find-ended-games.js');
  const { fetchBoxScore } = await import('./fetch-box-score.js');
  const games = await findEndedGames(ctx.db, new Date(), ctx.config.INGEST_STATS_LOOKBACK_HOURS);
  const outcomes = [];
  const failed: { gameId: number; error: string }[] = [];
  for (const g of games) {
    try {
      outcomes.push(await fetchBoxScore(ctx.db, ctx.config, g.gameId));
    } catch (error) {
      failed.push({ gameId: g.gameId, error: describeError(error) });
    }
  }
  if (outcomes.length === 0 && failed.length > 0) throw new Error(`every box score failed: ${failed.map((f) => `game ${f.gameId}: ${f.error}`).join('; ')}`);
  return { games: games.length, outcomes, failed };
};
