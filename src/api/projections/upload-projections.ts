/**
 * The custom-projection upload use-case: read the CSV, check every row, match rows to the slate's players, and
 * store the valid ones as a new projection set owned by the user, with an Upload row keeping the report. A fatal
 * problem (not CSV, no projection column, too large, too many rows, nothing matched) stores no projections; its
 * Upload row (status "rejected") keeps the report for the audit trail.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../core/db.js';
import { AppError, notFound, type AppErrorCode } from '../../core/errors.js';
import type { Sport } from '../../core/site-rules.js';
import { loadSlatePool } from '../../slates/index.js';
import type { PublicUser } from '../auth/users.js';
import { createRowMatcher } from './match-rows.js';
import { PROJECTION_UPLOAD_LIMITS, ProjectionFileError } from './read-projection-csv.js';
import { checkProjectionFile } from './check-projection-file.js';
import type { ProjectionValues, RowProblem } from './validate-rows.js';

export interface UploadProjectionsInput { slateId: number; fileName: string; content: Buffer; name?: string }

export interface UploadReport {
  fileName: string;
  rows: number;
  matchedRows: number;
  skippedRows: number;
  stored: number;
  columns: Record<string, string>;
  ignoredColumns: string[];
  percentColumns: string[];
  problems: RowProblem[];
  warnings: string[];
  fatal: { code: string; message: string } | null;
}

export interface UploadProjectionsResult { uploadId: number; projectionSetId: number; report: UploadReport }

const emptyReport = (fileName: string): UploadReport => ({
  fileName, rows: 0, matchedRows: 0, skippedRows: 0, stored: 0, columns: {}, ignoredColumns: [], percentColumns: [], problems: [], warnings: [], fatal: null,
});

/** Stores a user's projection CSV for a slate; throws (422/413, details { uploadId, report }) on a fatal problem. */
export async function uploadProjections(ctx: { db: Db; user: PublicUser }, input: UploadProjectionsInput): Promise<UploadProjectionsResult> {
  const { db, user } = ctx;
  const pool = await loadSlatePool(db, input.slateId);
  if (!pool) throw notFound(`slate ${input.slateId}`);
  const { slate } = pool;
  const fileName = input.fileName.slice(0, 200) || 'projections.csv';
  const audit = { userId: user.id, kind: 'projections', fileName, sizeBytes: input.content.length, sha256: createHash('sha256').update(input.content).digest('hex'), slateId: slate.id };
  const report = emptyReport(fileName);

  const reject = async (code: AppErrorCode, message: string): Promise<never> => {
    report.fatal = { code, message };
    const upload = await db.upload.create({ data: { ...audit, status: 'rejected', report: report as object } });
    throw new AppError(code, message, { uploadId: upload.id, report });
  };

  let checked;
  try {
    checked = checkProjectionFile(input.content, PROJECTION_UPLOAD_LIMITS);
  } catch (error) {
    if (error instanceof ProjectionFileError) return reject(error.code, error.message);
    throw error;
  }
  const { file } = checked;
  report.rows = file.rows.length;
  report.columns = Object.fromEntries(Object.entries(file.columns.headers));
  report.ignoredColumns = file.columns.ignored;
  report.warnings.push(...checked.warnings);
  report.percentColumns = checked.percentColumns;
  report.problems.push(...checked.problems);

  const matcher = createRowMatcher(slate.sport as Sport, pool.rows);

  const taken = new Map<number, number>(); // slate row id → line that set it
  const toStore: { slatePlayerId: number; values: ProjectionValues }[] = [];
  for (const { row, values } of checked.valid) {
    const match = matcher.match(row);
    if ('reason' in match) {
      report.problems.push(match);
      continue;
    }
    const earlier = match.slateRowIds.map((id) => taken.get(id)).find((line) => line !== undefined);
    if (earlier !== undefined) {
      report.problems.push({ line: row.line, kind: 'duplicate', reason: `the same player was already given on line ${earlier}; the first one is kept`, id: row.id, name: row.name });
      continue;
    }
    if (match.note) report.warnings.push(`line ${row.line}: ${match.note}`);
    for (const id of match.slateRowIds) {
      taken.set(id, row.line);
      toStore.push({ slatePlayerId: id, values });
    }
    report.matchedRows += 1;
  }
  report.problems.sort((a, b) => a.line - b.line);
  report.skippedRows = report.rows - report.matchedRows;
  report.stored = toStore.length;
  if (toStore.length === 0) {
    return reject('no_rows_matched', `no row of ${fileName} could be used: ${report.problems.length} rows have problems (see details.report.problems)`);
  }

  const name = input.name?.trim().slice(0, 200) || fileName.replace(/\.csv$/i, '');
  return db.$transaction(async (tx) => {
    const set = await tx.projectionSet.create({ data: { slateId: slate.id, userId: user.id, name, source: 'upload' } });
    await tx.projection.createMany({
      data: toStore.map(({ slatePlayerId, values: v }) => ({
        projectionSetId: set.id, slatePlayerId, mean: v.mean, median: null, sd: v.sd, floor: v.floor, ceiling: v.ceiling,
        ownership: v.ownership, minExposure: v.minExposure, maxExposure: v.maxExposure, line: v.line,
      })),
    });
    const upload = await tx.upload.create({ data: { ...audit, status: 'stored', report: report as object, projectionSetId: set.id } });
    return { uploadId: upload.id, projectionSetId: set.id, report };
  });
}
