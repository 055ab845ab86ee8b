import type { CsvRow } from './read-csv-rows.js';

/** Header cell to a comparable key: "Name + ID" → "name+id", "GameInfo"/"Game Info" → "gameinfo". */
export function headerKey(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9+]/g, '');
}

export interface HeaderMatch {
  rowIndex: number;
  line: number;
  /** header key → absolute column index in the row. */
  columns: Map<string, number>;
  missing: string[];
}

/**
 * Finds a table header anywhere in the file (DKEntries and FanDuel entry templates carry the player table to the
 * right of the lineup block, from row ~7). A header starts at a cell whose key is `anchor`; the best candidate is
 * the one with the most `required` keys, so a file missing one column still gets a message naming it.
 */
export function findHeader(rows: CsvRow[], anchor: string, required: string[], scanRows = 60): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (let r = 0; r < Math.min(rows.length, scanRows); r++) {
    const row = rows[r];
    if (!row) continue;
    row.cells.forEach((cell, start) => {
      if (headerKey(cell) !== anchor) return;
      const columns = new Map<string, number>();
      for (let c = start; c < row.cells.length; c++) {
        const key = headerKey(row.cells[c] ?? '');
        if (key !== '' && !columns.has(key)) columns.set(key, c);
      }
      const missing = required.filter((k) => !columns.has(k));
      if (!best || missing.length < best.missing.length) best = { rowIndex: r, line: row.line, columns, missing };
    });
  }
  return best;
}
