import { describe, expect, it } from 'vitest';
import { readCsvRows } from './read-csv-rows.js';

describe('readCsvRows', () => {
  it('reports the physical start line of each record across blank lines and quoted line breaks', () => {
    const rows = readCsvRows('a, b \n\n"x\ny",2\nc,d\n\ne,f');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] }, { line: 3, cells: ['x\ny', '2'] }, { line: 5, cells: ['c', 'd'] }, { line: 7, cells: ['e', 'f'] },
    ]);
  });

  it('accepts rows of different widths', () => {
    expect(readCsvRows('a\nb,c,d\n').map((r) => r.cells.length)).toEqual([1, 3]);
  });
});
