/**
 * Read-only: the user's uploads (newest first) and one upload's stored report, through the API's queries (listUploads,
 * loadUpload: another user's upload is a 404); the page adds each upload's slate label.
 */
import type { Db } from '../../core/db.js';
import { isSite } from '../../core/site-rules.js';
import { siteAdapter } from '../../sites/index.js';
import { listUploads as apiListUploads, loadUpload as apiLoadUpload, type PublicUser } from '../../api/index.js';
import { slateTitle } from '../slate-title.js';

type ApiUpload = Awaited<ReturnType<typeof apiLoadUpload>>;
export type UploadView = Omit<ApiUpload, 'report'> & { slateLabel: string | null; report?: unknown };

export async function listUploads(db: Db, user: PublicUser, limit = 30): Promise<UploadView[]> {
  const { items } = await apiListUploads(db, user, { limit, offset: 0 });
  return withSlateLabels(db, items);
}

/** The user's upload with its report, or a 404. */
export async function loadUpload(db: Db, user: PublicUser, uploadId: number): Promise<UploadView> {
  const [view] = await withSlateLabels(db, [await apiLoadUpload(db, user, uploadId)]);
  return view!;
}

async function withSlateLabels<T extends { slateId: number | null }>(db: Db, rows: T[]): Promise<(T & { slateLabel: string | null })[]> {
  const slateIds = [...new Set(rows.map((r) => r.slateId).filter((id): id is number => id !== null))];
  const slates = new Map((await db.slate.findMany({ where: { id: { in: slateIds } }, include: { sport: true } }))
    .map((s) => [s.id, `${s.sport.code} ${slateTitle(s.sport.code, s.name, s.siteSlateId)}`]));
  return rows.map((r) => ({ ...r, slateLabel: r.slateId === null ? null : slates.get(r.slateId) ?? null }));
}

/**
 * Slates a user may upload projections for: every slate, upcoming ones first (soonest first, from 12 hours ago on),
 * then past ones, most recent first, so the demo slate and imported past slates can still get an upload.
 */
export async function listUploadTargets(db: Db, now = new Date(), limit = 100): Promise<{ id: number; label: string; past: boolean }[]> {
  const cutoff = new Date(now.getTime() - 12 * 3600_000);
  const [upcoming, past] = await Promise.all([
    db.slate.findMany({
      where: { OR: [{ firstStartsAt: { gte: cutoff } }, { firstStartsAt: null }] },
      orderBy: [{ firstStartsAt: 'asc' }, { id: 'asc' }], take: limit, include: { sport: true },
    }),
    db.slate.findMany({ where: { firstStartsAt: { lt: cutoff } }, orderBy: [{ firstStartsAt: 'desc' }, { id: 'desc' }], take: limit, include: { sport: true } }),
  ]);
  const label = (s: (typeof upcoming)[number]): string =>
    `${s.sport.code} · ${isSite(s.site) ? siteAdapter(s.site).shortLabel : s.site} · ${slateTitle(s.sport.code, s.name, s.siteSlateId)}${s.firstStartsAt ? ` · ${s.firstStartsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}`;
  return [...upcoming.map((s) => ({ id: s.id, label: label(s), past: false })), ...past.map((s) => ({ id: s.id, label: label(s), past: true }))];
}
