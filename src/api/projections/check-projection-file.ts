/**
 * One validation and one behaviour for a projections CSV, wherever it comes from (the web and API upload, the
 * `sportsdata optimize --projections` file): the file is read (fatal problems throw ProjectionFileError), every
 * row's numbers are checked, and bad rows are skipped and reported by line instead of stopping at the first one.
 * Values the platform keeps but a person should look at (a negative projection) become warnings naming the line.
 */
import { PROJECTION_UPLOAD_LIMITS, ProjectionFileError, readProjectionCsv, type ProjectionFile, type ProjectionRow } from './read-projection-csv.js';
import { detectPercentColumns, isProblem, validateRow, type ProjectionValues, type RowProblem } from './validate-rows.js';

export interface CheckedProjectionRow { row: ProjectionRow; values: ProjectionValues }

export interface CheckedProjectionFile {
  file: ProjectionFile;
  /** Columns read as percentages (ownership 12.5 → 0.125). */
  percentColumns: string[];
  /** Rows whose numbers are good (still to be matched to players). */
  valid: CheckedProjectionRow[];
  /** Rows skipped for their numbers, by line. */
  problems: RowProblem[];
  /** The file's warnings (encoding) and each row's (a negative projection). */
  warnings: string[];
}

/** Warnings about a good row: values kept as given that are unusual enough to say so. */
function rowWarnings({ row, values }: CheckedProjectionRow): string[] {
  return values.mean < 0 ? [`line ${row.line}: projection ${values.mean} is negative (kept as given: check the sign)`] : [];
}

/** Reads and checks a projections file; throws ProjectionFileError when nothing of it can be used. */
export function checkProjectionFile(bytes: Uint8Array, limits = PROJECTION_UPLOAD_LIMITS): CheckedProjectionFile {
  const file = readProjectionCsv(bytes, limits);
  const decimalComma = file.delimiter === ';';
  const percent = detectPercentColumns(file.rows, decimalComma);
  const valid: CheckedProjectionRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of file.rows) {
    const values = validateRow(row, percent, decimalComma);
    if (isProblem(values)) problems.push(values);
    else valid.push({ row, values });
  }
  return { file, percentColumns: [...percent], valid, problems, warnings: [...file.warnings, ...valid.flatMap(rowWarnings)] };
}

export { ProjectionFileError };
