import { parse } from 'csv-parse/sync';
import { SalaryFileError } from './salary-file-error.js';

/** One CSV record with the 1-based physical line it starts on (for error messages). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Parses LF-normalized CSV text into rows of trimmed cells. Column counts may vary per row (DKEntries files
 * put a second table to the right of the first), and blank lines are kept out.
 */
export function readCsvRows(text: string): CsvRow[] {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      record_delimiter: '\n',
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw new SalaryFileError('WRONG_FILE', `not a readable CSV file: ${e.message ?? String(err)}`, e.lines ?? null);
  }
  const rows: CsvRow[] = [];
  for (const { record, info, raw } of records) {
    // info.lines is the line the record ends on; a quoted field may span lines, and raw also carries skipped blank lines.
    const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const innerBreaks = body.split('\n').length - 1;
    const line = info.lines - innerBreaks;
    // PostgreSQL text cannot hold NUL: a name or team with one is refused at its line, not as a database error.
    const nulAt = record.findIndex((c) => c.includes('\u0000'));
    if (nulAt >= 0) throw new SalaryFileError('BAD_ROW', `column ${nulAt + 1} ("${record[nulAt]?.replace(/\u0000/g, '\\0').slice(0, 40) ?? ''}") contains a NUL byte`, line);
    rows.push({ line, cells: record.map((c) => c.trim()) });
  }
  return rows;
}
