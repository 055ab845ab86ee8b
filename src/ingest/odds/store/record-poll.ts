import type { Db } from '../../../core/db.js';
import { recordProviderStatus } from '../../../core/data/provider-status.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { PollState, PollStatus } from '../schedule/decide-poll.js';
import { ODDS_PROVIDER } from './sql-values.js';

/** Counters and findings of one poll, written to OddsPoll when it ends. */
export interface PollRecord {
  status: PollStatus;
  requestsRemaining: number | null;
  requestsUsed: number | null;
  eventsSeen: number;
  quotesSeen: number;
  pricesStored: number;
  skipped: number;
  unmatchedEvents: number;
  unmatchedPlayers: number;
  report: Prisma.InputJsonValue;
  error: string | null;
}

/** Opens the OddsPoll row of an attempt (status "failed" until finished, so a crash leaves a trace). */
export async function startPollRecord(db: Db, trigger: string, startedAt: Date): Promise<number> {
  const row = await db.oddsPoll.create({ data: { trigger, status: 'failed', startedAt, error: 'did not finish' }, select: { id: true } });
  return row.id;
}

/** Closes the attempt and updates the provider's health row (last success / last error). */
export async function finishPollRecord(db: Db, id: number, record: PollRecord): Promise<void> {
  const now = new Date();
  await db.oddsPoll.update({ where: { id }, data: { ...record, finishedAt: now } });
  await recordProviderStatus(db, ODDS_PROVIDER, record.status === 'ok' ? null : record.error ?? record.status, now);
}

/** What the pace decision needs: the last attempt, and the last quota any attempt reported. */
export async function readPollState(db: Db): Promise<PollState> {
  const [last, withQuota] = await Promise.all([
    db.oddsPoll.findFirst({ orderBy: { startedAt: 'desc' }, select: { startedAt: true, status: true } }),
    db.oddsPoll.findFirst({ where: { requestsRemaining: { not: null } }, orderBy: { startedAt: 'desc' }, select: { requestsRemaining: true } }),
  ]);
  return {
    lastAttemptAt: last?.startedAt ?? null,
    lastStatus: (last?.status as PollStatus | undefined) ?? null,
    remaining: withQuota?.requestsRemaining ?? null,
  };
}

/** What the admin page shows of the poller: the last clean attempt, the last failed one, the last quota reported. */
export interface PollHealth {
  lastOk: { startedAt: Date; finishedAt: Date | null } | null;
  lastFailed: { startedAt: Date; finishedAt: Date | null; error: string | null } | null;
  requestsRemaining: number | null;
}

export async function readPollHealth(db: Db): Promise<PollHealth> {
  const [lastOk, lastFailed, latest] = await Promise.all([
    db.oddsPoll.findFirst({ where: { error: null, finishedAt: { not: null } }, orderBy: { startedAt: 'desc' }, select: { startedAt: true, finishedAt: true } }),
    db.oddsPoll.findFirst({ where: { error: { not: null } }, orderBy: { startedAt: 'desc' }, select: { startedAt: true, finishedAt: true, error: true } }),
    db.oddsPoll.findFirst({ where: { requestsRemaining: { not: null } }, orderBy: { startedAt: 'desc' }, select: { requestsRemaining: true } }),
  ]);
  return { lastOk, lastFailed, requestsRemaining: latest?.requestsRemaining ?? null };
}

/** The earliest kickoff still ahead among our games and the events the provider listed (null: none known). */
export async function readNextKickoff(db: Db, now: Date): Promise<Date | null> {
  const [game, event] = await Promise.all([
    db.game.findFirst({ where: { startsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: { startsAt: true } }),
    db.oddsEvent.findFirst({ where: { commenceTime: { gt: now } }, orderBy: { commenceTime: 'asc' }, select: { commenceTime: true } }),
  ]);
  const times = [game?.startsAt, event?.commenceTime].filter((d): d is Date => d !== undefined);
  return times.length === 0 ? null : new Date(Math.min(...times.map((d) => d.getTime())));
}
