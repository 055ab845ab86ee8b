/**
 * Projection CSV → typed rows with their file line numbers, or a fatal error that stores nothing. Pure: no
 * database. Accepts UTF-8 (with or without BOM), UTF-16 with a BOM (what Excel's "Unicode text" writes; the salary
 * importer accepts it too) or Windows-1252, comma / semicolon / tab delimiters (a
 * semicolon file may use decimal commas), percentages with or without "%".
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../core/errors.js';
import { restoreFormulaText } from '../../core/csv/csv-cell.js';
import { mapColumns, type ColumnMap, type ProjectionField } from './projection-columns.js';

export const PROJECTION_UPLOAD_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 10_000 };

export type FatalCode = 'not_csv' | 'empty_file' | 'file_too_large' | 'too_many_rows' | 'no_projection_column' | 'no_player_column';

/** A problem with the file as a whole: nothing from it is stored. */
export class ProjectionFileError extends AppError {
  constructor(readonly fatal: FatalCode, message: string) {
    super(fatal, message);
    this.name = 'ProjectionFileError';
  }
}

export interface ProjectionRow {
  line: number;
  id: string | null; name: string | null; team: string | null; positions: string[];
  /** Raw cells of the numeric fields (parsed and validated by validateRow). */
  cells: Partial<Record<ProjectionField, string>>;
}

export type ProjectionFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export interface ProjectionFile { rows: ProjectionRow[]; columns: ColumnMap; delimiter: string; encoding: ProjectionFileEncoding; warnings: string[] }

/** UTF-16 announced by its byte-order mark: FF FE (little-endian) or FE FF (big-endian). */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array): { text: string; encoding: ProjectionFileEncoding } {
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The delimiter that splits the header line into the most cells. */
function detectDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: header.split(d).length }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]?.d ?? ',';
}

/** Reads and checks the file; throws ProjectionFileError for fatal problems. */
export function readProjectionCsv(bytes: Uint8Array, limits = PROJECTION_UPLOAD_LIMITS): ProjectionFile {
  if (bytes.length > limits.maxBytes) {
    throw new ProjectionFileError('file_too_large', `the file is ${bytes.length} bytes; the limit is ${limits.maxBytes} bytes`);
  }
  if (bytes.length === 0) throw new ProjectionFileError('empty_file', 'the file is empty');
  // Spreadsheets and images have NUL bytes in their first kilobytes; text CSVs never do (UTF-16 text, which is
  // half NULs, says so with its byte-order mark and is decoded as such).
  if (!utf16Of(bytes) && bytes.subarray(0, 4096).includes(0)) {
    throw new ProjectionFileError('not_csv', 'this is not a CSV text file (binary content; save the sheet as CSV first)');
  }
  const { text, encoding } = decode(bytes);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true, max_record_size: 64 * 1024,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ProjectionFileError('not_csv', `this is not a readable CSV file: ${(error as Error).message}`);
  }
  const [headerRecord, ...body] = records.filter((r) => r.record.some((cell) => cell !== ''));
  if (!headerRecord) throw new ProjectionFileError('empty_file', 'the file has no rows');
  // Checked before the columns: a header alone is "no player rows", not a report of 0 rows with problems.
  if (body.length === 0) throw new ProjectionFileError('empty_file', `the file has a header row but no player rows (header: ${headerRecord.record.slice(0, 8).map((h) => `"${h}"`).join(', ')})`);
  const header = headerRecord.record;
  if (header.length < 2) throw new ProjectionFileError('not_csv', `the first line has one column ("${header[0]?.slice(0, 60) ?? ''}"): this is not a CSV with a header row`);
  const columns = mapColumns(header);
  if (columns.fields.projection === undefined) {
    throw new ProjectionFileError('no_projection_column', `no projection column: the header has ${header.map((h) => `"${h}"`).join(', ')}; name one of them projection, proj, fpts or points`);
  }
  if (columns.fields.id === undefined && columns.fields.name === undefined && columns.fields.nameId === undefined) {
    throw new ProjectionFileError('no_player_column', 'no player column: add an id (site player id) or a name column');
  }
  if (body.length > limits.maxRows) {
    throw new ProjectionFileError('too_many_rows', `the file has ${body.length} rows; the limit is ${limits.maxRows}`);
  }
  const warnings: string[] = [];
  if (encoding === 'windows-1252') warnings.push('the file is not UTF-8: read as Windows-1252');
  const cell = (record: string[], field: ProjectionField): string | null => {
    const index = columns.fields[field];
    const value = index === undefined ? undefined : record[index];
    // A name our own export wrote with an apostrophe (formula protection) reads back as the name.
    return value === undefined || value === '' ? null : restoreFormulaText(value);
  };
  const rows = body.map(({ record, info }) => {
    const nameId = cell(record, 'nameId');
    const fromNameId = nameId ? /^(.*?)\s*\((\w[\w-]*)\)\s*$/.exec(nameId) : null;
    const cells: Partial<Record<ProjectionField, string>> = {};
    for (const field of ['projection', 'stdev', 'floor', 'ceiling', 'ownership', 'minExposure', 'maxExposure', 'line'] as const) {
      const value = cell(record, field);
      if (value !== null) cells[field] = value;
    }
    return {
      line: info.lines,
      id: cell(record, 'id') ?? fromNameId?.[2] ?? null,
      name: cell(record, 'name') ?? fromNameId?.[1] ?? nameId,
      team: cell(record, 'team')?.toUpperCase() ?? null,
      positions: (cell(record, 'position') ?? '').split(/[/,;| ]+/).map((p) => p.trim().toUpperCase()).filter(Boolean),
      cells,
    };
  });
  return { rows, columns, delimiter, encoding, warnings };
}
