import type { RunOnce } from '../../core/ingest-once.js';
import { describeError } from '../../core/errors.js';

/**
 * `sportsdata ingest injury --once`: every configured source in the foreground. A failing source is listed
 * and the others still run; the command fails only when every source failed.
 */
export const runOnce: RunOnce = async (ctx) => {
  const { listInjurySources, describeSource } = await import('./sources/injury-source.js');
  const { pollInjurySource } = await import('./poll/poll-injury-source.js');
  const sources = listInjurySources(ctx.config);
  const polled = [];
  const failed: { source: string; error: string }[] = [];
  for (const source of sources) {
    try {
      polled.push(await pollInjurySource(ctx, source));
    } catch (error) {
      failed.push({ source: describeSource(source), error: describeError(error) });
    }
  }
  if (polled.length === 0 && failed.length > 0) {
    throw new Error(`every injury source failed: ${failed.map((f) => `${f.source}: ${f.error}`).join('; ')}`);
  }
  return {
    sources: polled.map((p) => ({ source: p.source, reports: p.reports, inserted: p.inserted, changes: p.changes.length, unmatched: p.unmatched.length, warnings: p.warnings.length })),
    changes: polled.flatMap((p) => p.changes),
    unmatched: polled.flatMap((p) => p.unmatched.map((u) => `${u.name}${u.team ? ` (${u.team})` : ''}: ${u.reason}`)),
    resims: polled.flatMap((p) => p.reaction.resims),
    lineupsFlagged: polled.reduce((n, p) => n + p.reaction.lineups.flagged, 0),
    failed,
  };
};
