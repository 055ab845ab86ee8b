/**
 * The demo's lineup set: lineup sets belong to a user, and at first start there is none, so the set is queued for
 * the first admin, either when they are created (first-run form, ADMIN_EMAIL) or when the demo simulation finishes
 * after that, whichever comes last. The optimizer role builds it like any other run. Idempotent: a user who already
 * has a lineup set on the demo slate gets none.
 */
import type { Db } from '../core/db.js';
import type { SendJob } from '../core/jobs/send-job.js';
import type { Logger } from '../core/logger.js';
import { startOptimizer, type PublicUser } from '../api/index.js';
import { DEMO_SLATE_NAME } from './seed-data.js';

/** A small, readable portfolio: a QB with a pass-catcher of his team, no player in more than 60% of lineups. */
export const DEMO_RULES = {
  lineups: 5,
  stacks: [{ kind: 'team' as const, positions: [['QB'], ['WR', 'TE']] }],
  exposure: { maxPlayer: 0.6 },
};

export async function queueDemoLineups(db: Db, send: SendJob, user: PublicUser, logger: Logger): Promise<number | null> {
  const slate = await db.slate.findFirst({ where: { name: DEMO_SLATE_NAME }, select: { id: true } });
  if (!slate) return null;
  const set = await db.projectionSet.findFirst({ where: { slateId: slate.id, userId: null, source: 'simulation' }, orderBy: { id: 'desc' }, select: { id: true } });
  if (!set) return null;
  if (await db.lineupSet.findFirst({ where: { slateId: slate.id, userId: user.id }, select: { id: true } })) return null;
  try {
    const { lineupSetId } = await startOptimizer({ db, send, user }, { slateId: slate.id, projectionSetId: set.id, rules: DEMO_RULES });
    logger.info({ lineupSetId, user: user.email }, 'demo lineup set queued');
    return lineupSetId;
  } catch (error) {
    // The demo must never stop a sign-up: say why and go on.
    logger.warn({ err: error }, 'demo lineup set not queued');
    return null;
  }
}
