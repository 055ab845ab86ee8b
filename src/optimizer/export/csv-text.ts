import { parse } from 'csv-parse/sync';

/** Reads any upload/template CSV into rows of cells: ragged rows allowed, BOM and CR/LF/CRLF accepted. */
export function readCsvText(text: string): string[][] {
  return parse(text.replace(/\r\n?/g, '\n'), { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

/** One CSV line; cells are quoted when they must be, or always (FanDuel's templates quote everything). */
export function toCsvLine(cells: readonly string[], quoteAll = false): string {
  return cells.map((c) => (quoteAll || /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

/** Index of the first column of `names` appearing consecutively in `header`, or -1. */
export function findSlotColumns(header: readonly string[], names: readonly string[]): number {
  const norm = (s: string | undefined): string => (s ?? '').trim().toUpperCase();
  for (let i = 0; i + names.length <= header.length; i += 1) {
    if (names.every((n, k) => norm(header[i + k]) === norm(n))) return i;
  }
  return -1;
}
