import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define-job.js';
import { GAME_TYPES, SITES, SPORTS } from '../../../core/site-rules.js';

/** Either a path the worker can read, or the file's bytes (base64) as uploaded. */
export const importFilePayload = z.object({
  site: z.enum(SITES),
  path: z.string().min(1).optional(),
  contentBase64: z.string().min(1).optional(),
  fileName: z.string().optional(),
  sport: z.enum(SPORTS).optional(),
  gameType: z.enum(GAME_TYPES).optional(),
  /** The slate's date (YYYY-MM-DD) for a file that gives none. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
}).refine((p) => (p.path === undefined) !== (p.contentBase64 === undefined), { message: 'give exactly one of path or contentBase64' });
export type ImportFilePayload = z.infer<typeof importFilePayload>;

/**
 * Imports one DK/FD salary file. A refused file (wrong columns, bad row) fails with the parser's message; the
 * import is one transaction on natural keys, so a retry or a second run changes nothing.
 */
export const importFile = defineJob({
  name: 'ingest-dfs.import-file',
  role: 'ingest-dfs',
  description: 'Imports a DraftKings or FanDuel salary file into a slate',
  schema: importFilePayload,
  policy: { retryLimit: 2, retryDelay: 10, retryBackoff: true, expireInSeconds: 600 },
  handler: async (payload, ctx) => {
    const { runImportFile } = await import('../import/run-import-file.js');
    return runImportFile(ctx.db, payload);
  },
});
