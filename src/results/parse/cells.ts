import { ResultsFileError } from './results-file-error.js';

/** A number cell ("85.75", "55.51%", "1,234"); null when empty. Throws naming the line and column otherwise. */
export function numberCell(raw: string | undefined, line: number, column: string): number | null {
  const text = (raw ?? '').trim().replace(/%$/, '').replace(/,/g, '');
  if (text === '' || text === '-') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new ResultsFileError(`${column} "${raw}" is not a number`, line);
  return value;
}

/** A 0/1/true/false/yes/no cell; null when empty. */
export function booleanCell(raw: string | undefined, line: number, column: string): boolean | null {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '') return null;
  if (['1', 'true', 'yes', 'y'].includes(text)) return true;
  if (['0', 'false', 'no', 'n'].includes(text)) return false;
  throw new ResultsFileError(`${column} "${raw}" is not 0/1`, line);
}

/** Index of the first header (case-insensitive) among `names`, or -1. */
export function findColumn(header: readonly string[], names: readonly string[]): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}
