import { describe, expect, it } from 'vitest';
import { humanize, readReport } from './read-report.js';

// The shape of the API's upload report (src/api/projections/upload-projections.ts UploadReport).
const apiReport = {
  fileName: 'proj.csv', rows: 4, matchedRows: 2, skippedRows: 2, stored: 2,
  columns: { projection: 'Proj' }, ignoredColumns: ['Notes'], percentColumns: [],
  problems: [
    { line: 3, kind: 'unmatched', reason: 'no player named "Nobody" on this slate', id: null, name: 'Nobody' },
    { line: 5, kind: 'invalid', reason: 'projection "abc" is not a number', id: '123', name: null },
  ],
  warnings: ['ownership looks like percent; read as percent'],
  fatal: null,
};

describe('readReport', () => {
  it('when the report has row problems, then they become a table with their line numbers and reasons', () => {
    const view = readReport(apiReport);
    expect(view.summary).toEqual([['rows', 4], ['matchedRows', 2], ['skippedRows', 2], ['stored', 2]]);
    expect(view.columns).toEqual(['line', 'kind', 'reason', 'id', 'name']);
    // jsonb hands keys back in its own order; the table order does not depend on it.
    expect(readReport({ problems: [{ reason: 'r', name: 'n', line: 2, kind: 'invalid' }] }).columns).toEqual(['line', 'kind', 'reason', 'name']);
    expect(view.problems.map((p) => p.line)).toEqual([3, 5]);
    expect(view.warnings).toEqual(['ownership looks like percent; read as percent']);
    expect(view.fatal).toBeNull();
  });
  it('when the file was rejected, then the fatal message is read', () => {
    expect(readReport({ ...apiReport, problems: [], fatal: { code: 'no_projection_column', message: 'no projection column' } }).fatal).toBe('no projection column');
  });
  it('when keys are camelCase, then they read as words', () => {
    expect(humanize('matchedRows')).toBe('matched rows');
  });
});
