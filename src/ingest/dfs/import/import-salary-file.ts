import { DateTime } from 'luxon';
import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { parseSalaryFile, type ParseSalaryFileOptions } from '../parse/parse-salary-file.js';
import { SalaryFileError } from '../parse/salary-file-error.js';
import { loadExtraTeamAliases } from './team-seeds.js';
import { importSlate, type ImportSlateResult } from './import-slate.js';

export type ImportSalaryFileOptions = Omit<ParseSalaryFileOptions, 'teamAliases'> & { now?: Date; existingSlate?: 'update' | 'keep' };

/**
 * A salary file as uploaded (CLI, API upload, import-file job) → parsed → stored in one transaction.
 * Refused files become AppError('invalid_salary_file', <the parser's message>) (422) with the parser's code and line
 * in `details`, so the CLI and the API show the same sentence.
 */
export async function importSalaryFile(db: Db, bytes: Uint8Array, options: ImportSalaryFileOptions): Promise<ImportSlateResult> {
  if (options.date !== undefined && !isSlateDate(options.date)) {
    throw new AppError('invalid_salary_file', `date "${options.date}" is not a calendar date like 2018-06-01 (YYYY-MM-DD)`, { reason: 'BAD_DATE', field: 'date' });
  }
  const teamAliases = await loadExtraTeamAliases(db);
  let slate;
  try {
    slate = parseSalaryFile(bytes, { ...options, teamAliases });
  } catch (error) {
    throw toAppError(error);
  }
  return importSlate(db, slate, {
    source: 'csv', ...(options.fileName ? { fileName: options.fileName } : {}), ...(options.now ? { now: options.now } : {}), ...(options.date ? { date: options.date } : {}),
    ...(options.existingSlate ? { existingSlate: options.existingSlate } : {}),
  });
}

/** A real calendar date written YYYY-MM-DD (what --date and the upload's "date" field take). */
export function isSlateDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

/** A SalaryFileError as the platform's AppError (422; a file over the size limit is file_too_large, 413); anything else unchanged. */
export function toAppError(error: unknown): unknown {
  if (error instanceof SalaryFileError) {
    return new AppError(error.code === 'FILE_TOO_LARGE' ? 'file_too_large' : 'invalid_salary_file', error.message, { reason: error.code, line: error.line });
  }
  return error;
}
