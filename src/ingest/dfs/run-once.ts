import type { RunOnce } from '../../core/ingest-once.js';

/** `sportsdata ingest dfs --once`: one DraftKings poll cycle in the foreground (discover and import). */
export const runOnce: RunOnce = async (ctx) => {
  const { runDraftkingsPoll } = await import('./draftkings/run-draftkings-poll.js');
  const summary = await runDraftkingsPoll(ctx, ctx.config.DFS_SPORTS, 'inline');
  return { ...summary };
};
