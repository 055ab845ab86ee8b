/** Slates as lists show them: the slate's own fields with its row and game counts. */
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';

export interface SlateSummary {
  id: number; site: string; sport: string; gameType: string; siteSlateId: string; name: string | null; source: string;
  firstStartsAt: Date | null; lastStartsAt: Date | null; playerCount: number; gameCount: number; createdAt: Date; updatedAt: Date;
}

export interface SlateListFilter {
  sport?: string;
  site?: string;
  gameType?: string;
  /** The first game starts in [gte, lt). */
  firstStartsAt?: { gte: Date; lt: Date };
}

const summarySelect = {
  id: true, site: true, gameType: true, siteSlateId: true, name: true, source: true, firstStartsAt: true, lastStartsAt: true,
  createdAt: true, updatedAt: true, sport: { select: { code: true } }, _count: { select: { players: true, games: true } },
} as const satisfies Prisma.SlateSelect;

type SummaryRow = Prisma.SlateGetPayload<{ select: typeof summarySelect }>;

function toSlateSummary(row: SummaryRow): SlateSummary {
  const { sport, _count, ...rest } = row;
  return { ...rest, sport: sport.code, playerCount: _count.players, gameCount: _count.games };
}

/** One slate's summary, or null. */
export async function loadSlateSummary(db: Db, slateId: number): Promise<SlateSummary | null> {
  const row = await db.slate.findUnique({ where: { id: slateId }, select: summarySelect });
  return row ? toSlateSummary(row) : null;
}

/** A page of slates, first kickoff newest first (slates without one last), and how many match in all. */
export async function listSlateSummaries(db: Db, filter: SlateListFilter, page: { limit: number; offset: number }): Promise<{ items: SlateSummary[]; total: number }> {
  const where: Prisma.SlateWhereInput = {
    ...(filter.sport ? { sport: { code: filter.sport } } : {}),
    ...(filter.site ? { site: filter.site } : {}),
    ...(filter.gameType ? { gameType: filter.gameType } : {}),
    ...(filter.firstStartsAt ? { firstStartsAt: filter.firstStartsAt } : {}),
  };
  const [rows, total] = await Promise.all([
    db.slate.findMany({
      where, select: summarySelect, take: page.limit, skip: page.offset,
      orderBy: [{ firstStartsAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    }),
    db.slate.count({ where }),
  ]);
  return { items: rows.map(toSlateSummary), total };
}

/** How many rows a slate has, and how many carry the site's average points (what the optimizer falls back on). */
export async function countSlateRows(db: Db, slateId: number): Promise<{ rows: number; averaged: number }> {
  const [rows, averaged] = await Promise.all([
    db.slatePlayer.count({ where: { slateId } }),
    db.slatePlayer.count({ where: { slateId, avgPoints: { not: null } } }),
  ]);
  return { rows, averaged };
}
