/** The user's own uploads (audit rows with their reports); another user's upload is a 404. */
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';
import type { PublicUser } from '../auth/users.js';
import type { Page, Pagination } from './pagination.js';

const uploadSelect = {
  id: true, kind: true, fileName: true, sizeBytes: true, sha256: true, status: true, slateId: true, projectionSetId: true, createdAt: true,
} as const;

export async function listUploads(db: Db, user: PublicUser, page: Pagination) {
  const where = { userId: user.id };
  const [items, total] = await Promise.all([
    db.upload.findMany({ where, select: uploadSelect, orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    db.upload.count({ where }),
  ]);
  const result: Page<(typeof items)[number]> = { items, total, ...page };
  return result;
}

export async function loadUpload(db: Db, user: PublicUser, id: number) {
  const upload = await db.upload.findFirst({ where: { id, userId: user.id }, select: { ...uploadSelect, report: true } });
  if (!upload) throw notFound(`upload ${id}`);
  return upload;
}
