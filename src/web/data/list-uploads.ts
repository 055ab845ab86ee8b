/** Read-only: the user's uploads (newest first) and one upload's stored report. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { isSite } from '../../core/site-rules.js';
import { siteAdapter } from '../../sites/index.js';
import { slateTitle } from '../slate-title.js';

export interface UploadView {
  id: number; kind: string; fileName: string; sizeBytes: number; status: string; createdAt: Date;
  slateId: number | null; slateLabel: string | null; projectionSetId: number | null; report: unknown;
}

export async function listUploads(db: Db, userId: number, limit = 30): Promise<UploadView[]> {
  const rows = await db.upload.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
  const slateIds = [...new Set(rows.map((r) => r.slateId).filter((id): id is number => id !== null))];
  const slates = new Map((await db.slate.findMany({ where: { id: { in: slateIds } }, include: { sport: true } }))
    .map((s) => [s.id, `${s.sport.code} ${slateTitle(s.sport.code, s.name, s.siteSlateId)}`]));
  return rows.map((r) => ({
    id: r.id, kind: r.kind, fileName: r.fileName, sizeBytes: r.sizeBytes, status: r.status, createdAt: r.createdAt,
    slateId: r.slateId, slateLabel: r.slateId === null ? null : slates.get(r.slateId) ?? null, projectionSetId: r.projectionSetId, report: r.report,
  }));
}

/** The user's upload or a 404. */
export async function loadUpload(db: Db, userId: number, uploadId: number): Promise<UploadView> {
  const found = (await listUploadsById(db, userId, uploadId))[0];
  if (!found) throw new AppError('not_found', `upload ${uploadId} not found`);
  return found;
}

async function listUploadsById(db: Db, userId: number, uploadId: number): Promise<UploadView[]> {
  const row = await db.upload.findFirst({ where: { id: uploadId, userId } });
  if (!row) return [];
  const slate = row.slateId === null ? null : await db.slate.findUnique({ where: { id: row.slateId }, include: { sport: true } });
  return [{
    id: row.id, kind: row.kind, fileName: row.fileName, sizeBytes: row.sizeBytes, status: row.status, createdAt: row.createdAt,
    slateId: row.slateId, slateLabel: slate ? `${slate.sport.code} ${slateTitle(slate.sport.code, slate.name, slate.siteSlateId)}` : null, projectionSetId: row.projectionSetId, report: row.report,
  }];
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
