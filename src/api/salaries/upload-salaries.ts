/**
 * A salary file uploaded through the API: the DFS module parses and imports it (one transaction, idempotent on
 * the site's slate id); this keeps the Upload audit row with the import summary or the refusal.
 *
 * Slates are shared by every user, so who may change one is decided here: an admin's upload updates an existing
 * slate like ingestion does; a normal user's upload may add a new slate but leaves an existing one untouched
 * (the response points at it with a warning). A user's own corrections go into their projection uploads.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../core/db.js';
import { SITES, SPORTS } from '../../core/site-rules.js';
import { AppError } from '../../core/errors.js';
import { importSalaryFile, type ImportSlateResult } from '../../ingest/dfs/index.js';
import type { PublicUser } from '../auth/users.js';

export const salaryUploadFieldsSchema = z.object({
  site: z.enum(SITES),
  sport: z.string().trim().toUpperCase().pipe(z.enum(SPORTS)).optional(),
  gameType: z.enum(['classic', 'showdown']).optional(),
  /** The slate's date for a file that gives none (legacy DK exports); such a file is refused without it. */
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2018-06-01 (YYYY-MM-DD)').optional(),
});
export type SalaryUploadFields = z.infer<typeof salaryUploadFieldsSchema>;

export async function uploadSalaries(ctx: { db: Db; user: PublicUser }, input: SalaryUploadFields & { fileName: string; content: Buffer }): Promise<{ uploadId: number; import: ImportSlateResult }> {
  const fileName = input.fileName.slice(0, 200) || 'salaries.csv';
  const audit = { userId: ctx.user.id, kind: 'salaries', fileName, sizeBytes: input.content.length, sha256: createHash('sha256').update(input.content).digest('hex') };
  try {
    const result = await importSalaryFile(ctx.db, input.content, {
      site: input.site, fileName, ...(input.sport ? { sport: input.sport } : {}), ...(input.gameType ? { gameType: input.gameType } : {}),
      ...(input.date ? { date: input.date } : {}),
      existingSlate: ctx.user.role === 'admin' ? 'update' : 'keep',
    });
    const upload = await ctx.db.upload.create({ data: { ...audit, status: 'stored', slateId: result.slateId, report: JSON.parse(JSON.stringify(result)) as object } });
    return { uploadId: upload.id, import: result };
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const upload = await ctx.db.upload.create({ data: { ...audit, status: 'rejected', report: { fatal: { code: error.code, message: error.message, details: JSON.parse(JSON.stringify(error.details ?? null)) as unknown } } as object } });
    throw new AppError(error.code, error.message, { uploadId: upload.id, ...(typeof error.details === 'object' && error.details ? error.details : {}) });
  }
}
