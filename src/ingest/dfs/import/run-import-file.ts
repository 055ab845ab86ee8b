import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Db } from '../../../core/db.js';
import type { ImportFilePayload } from '../jobs/import-file.js';
import { importSalaryFile } from './import-salary-file.js';
import type { ImportSlateResult } from './import-slate.js';

/** The import-file job's work: read the bytes from the path or the payload, then importSalaryFile. */
export async function runImportFile(db: Db, payload: ImportFilePayload): Promise<ImportSlateResult> {
  const bytes = payload.path !== undefined ? await readFile(payload.path) : Buffer.from(payload.contentBase64 ?? '', 'base64');
  const fileName = payload.fileName ?? (payload.path !== undefined ? basename(payload.path) : undefined);
  return importSalaryFile(db, bytes, {
    site: payload.site,
    ...(fileName ? { fileName } : {}),
    ...(payload.sport ? { sport: payload.sport } : {}),
    ...(payload.gameType ? { gameType: payload.gameType } : {}),
    ...(payload.date ? { date: payload.date } : {}),
  });
}
