/**
 * Numeric checks of projection rows: each row either becomes values to store or a problem naming its line and
 * the field. Ownership and exposures are stored as fractions 0..1; a column is read as percent when any of its
 * values has a "%" or is above 1 (so 12.5 and 12.5% and 0.125 all mean 12.5%).
 */
import type { ProjectionRow } from './read-projection-csv.js';

export interface ProjectionValues {
  mean: number; sd: number | null; floor: number | null; ceiling: number | null;
  ownership: number | null; minExposure: number | null; maxExposure: number | null;
  /** NHL even-strength line 1-4 (null when the file has none for this row). */
  line: number | null;
}

export interface RowProblem { line: number; kind: 'invalid' | 'unmatched' | 'ambiguous' | 'duplicate'; reason: string; id: string | null; name: string | null }

type ShareField = 'ownership' | 'minExposure' | 'maxExposure';
const SHARE_FIELDS: ShareField[] = ['ownership', 'minExposure', 'maxExposure'];

/** "2", "L2" and "Line 2" are line 2; skaters play on lines 1-4, so anything else is a typo, not a line. */
function toLine(raw: string): number | null {
  const match = /^(?:l|line)?\s*([1-4])(?:\.0+)?$/i.exec(raw.trim());
  return match ? Number(match[1]) : null;
}

function toNumber(raw: string, decimalComma: boolean): number | null {
  let text = raw.replace(/[%\s]/g, '');
  if (decimalComma && /^-?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Which share columns are written as percentages. */
export function detectPercentColumns(rows: ProjectionRow[], decimalComma: boolean): Set<ShareField> {
  const percent = new Set<ShareField>();
  for (const field of SHARE_FIELDS) {
    if (rows.some((r) => {
      const raw = r.cells[field];
      if (raw === undefined) return false;
      const n = toNumber(raw, decimalComma);
      return raw.includes('%') || (n !== null && n > 1);
    })) percent.add(field);
  }
  return percent;
}

/** Parses and checks one row's numbers; returns the values or the problem. */
export function validateRow(row: ProjectionRow, percent: Set<ShareField>, decimalComma: boolean): ProjectionValues | RowProblem {
  const problem = (reason: string): RowProblem => ({ line: row.line, kind: 'invalid', reason, id: row.id, name: row.name });
  if (!row.id && !row.name) return problem('no player id or name');
  const number = (field: keyof ProjectionRow['cells']): number | null | RowProblem => {
    const raw = row.cells[field];
    if (raw === undefined) return null;
    const n = toNumber(raw, decimalComma);
    if (n === null) return problem(`${field} "${raw}" is not a number`);
    return n;
  };
  const values: Record<string, number | null> = {};
  for (const field of ['projection', 'stdev', 'floor', 'ceiling', ...SHARE_FIELDS] as const) {
    const n = number(field);
    if (n !== null && typeof n === 'object') return n;
    values[field] = n !== null && percent.has(field as ShareField) ? n / 100 : n;
  }
  const mean = values.projection ?? null;
  if (mean === null) return problem('projection is empty');
  if (mean < -50 || mean > 500) return problem(`projection ${mean} is outside -50..500 fantasy points`);
  const sd = values.stdev ?? null;
  if (sd !== null && sd < 0) return problem(`stdev ${sd} is negative`);
  const floor = values.floor ?? null;
  const ceiling = values.ceiling ?? null;
  if (floor !== null && ceiling !== null && floor > ceiling) return problem(`floor ${floor} is above ceiling ${ceiling}`);
  for (const field of SHARE_FIELDS) {
    const v = values[field] ?? null;
    if (v !== null && (v < 0 || v > 1)) return problem(`${field} ${row.cells[field]} is outside 0-100%`);
  }
  const minExposure = values.minExposure ?? null;
  const maxExposure = values.maxExposure ?? null;
  if (minExposure !== null && maxExposure !== null && minExposure > maxExposure) {
    return problem(`min exposure ${row.cells.minExposure} is above max exposure ${row.cells.maxExposure}`);
  }
  const rawLine = row.cells.line;
  const line = rawLine === undefined ? null : toLine(rawLine);
  if (rawLine !== undefined && line === null) return problem(`line "${rawLine}" is not a line 1-4 (leave it empty for goalies)`);
  return { mean, sd, floor, ceiling, ownership: values.ownership ?? null, minExposure, maxExposure, line };
}

export function isProblem(value: ProjectionValues | RowProblem): value is RowProblem {
  return 'reason' in value;
}
