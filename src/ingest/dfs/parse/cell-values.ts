import { MAX_INT4 } from '../../../core/validation/db-id.js';
import { SalaryFileError } from './salary-file-error.js';

/** Salary cell ("7700", "$7,700") to a whole number of dollars; a bad value fails the import at its line. */
export function readSalary(cell: string | undefined, line: number): number {
  const cleaned = (cell ?? '').replace(/[$,\s]/g, '');
  if (!/^\d+$/.test(cleaned)) throw new SalaryFileError('BAD_ROW', `Salary "${cell ?? ''}" is not a whole number`, line);
  const salary = Number(cleaned);
  // The salary column is a PostgreSQL integer: a larger value would fail in the database, not at its line.
  if (salary > MAX_INT4) throw new SalaryFileError('BAD_ROW', `Salary "${cell ?? ''}" is too large (at most ${MAX_INT4})`, line);
  return salary;
}

/** Optional decimal (average points may be 0 or negative); blank → null, garbage → error at its line. */
export function readDecimal(cell: string | undefined, field: string, line: number): number | null {
  const v = (cell ?? '').trim();
  if (v === '' || v === '-') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new SalaryFileError('BAD_ROW', `${field} "${v}" is not a number`, line);
  return n;
}

/** Blank and DraftKings' "None" mean healthy. */
export function readStatus(cell: string | undefined): string | null {
  const v = (cell ?? '').trim();
  return v === '' || v.toLowerCase() === 'none' ? null : v;
}

export function splitSlash(cell: string | undefined): string[] {
  return (cell ?? '').split('/').map((s) => s.trim()).filter((s) => s !== '');
}
