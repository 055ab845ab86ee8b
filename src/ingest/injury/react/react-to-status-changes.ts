import { createHash } from 'node:crypto';
import type { Db } from '../../../core/db.js';
import type { Logger } from '../../../core/logger.js';
import type { SendJob } from '../../../core/jobs/send-job.js';
import type { StatusChange } from '../store/store-injury-reports.js';
import { enqueueResimulation } from './enqueue-resimulation.js';
import { refreshLineupSwapFlags, type SwapFlagResult } from './refresh-lineup-swap-flags.js';

export interface ReactionResult {
  /** Slates whose simulation was re-queued, with the job id (null when that exact re-run was already queued). */
  resims: { slateId: number; jobId: string | null }[];
  lineups: SwapFlagResult;
}

/**
 * What a status change sets in motion: for every upcoming slate holding a changed player whose game has not
 * started, one re-run of the slate's simulation, and new swap flags on the stored lineups holding them.
 * The re-run's job id is derived from the slate and the exact changes, so a poll that runs twice (or two
 * pollers seeing the same news) enqueues it once.
 */
export async function reactToStatusChanges(
  deps: { db: Db; send: SendJob; logger: Logger; now: Date },
  changes: StatusChange[],
): Promise<ReactionResult> {
  const { db, send, logger, now } = deps;
  if (changes.length === 0) return { resims: [], lineups: { flagged: 0, cleared: 0, lineupIds: [] } };
  const byPlayer = new Map(changes.map((c) => [c.playerId, c]));
  const slatePlayers = await db.slatePlayer.findMany({
    where: {
      playerId: { in: [...byPlayer.keys()] },
      slate: { OR: [{ firstStartsAt: { gt: now } }, { lastStartsAt: { gt: now } }] },
      OR: [{ gameId: null }, { game: { startsAt: { gt: now } } }],
    },
    select: { id: true, slateId: true, playerId: true },
  });

  const slates = new Map<number, StatusChange[]>();
  for (const sp of slatePlayers) {
    const change = byPlayer.get(sp.playerId);
    if (!change) continue;
    const list = slates.get(sp.slateId) ?? [];
    if (!list.includes(change)) list.push(change);
    slates.set(sp.slateId, list);
  }

  const resims: ReactionResult['resims'] = [];
  for (const [slateId, slateChanges] of slates) {
    const fingerprint = createHash('sha256')
      .update(slateChanges.map((c) => `${c.playerId}:${c.to.status}:${c.to.reportedAt.toISOString()}`).sort().join(','))
      .digest('hex')
      .slice(0, 24);
    const reason = slateChanges.map((c) => `${c.playerName} ${c.from?.status ?? 'unlisted'} → ${c.to.status}`).join('; ');
    const jobId = await enqueueResimulation(send, { slateId, fingerprint, reason });
    resims.push({ slateId, jobId });
    logger.info({ slateId, jobId, reason }, 'injury news: slate re-simulation enqueued');
  }
  const lineups = await refreshLineupSwapFlags(db, slatePlayers.map((sp) => sp.id));
  return { resims, lineups };
}
