/**
 * Reads an upload report for display without depending on every field of its shape: the summary is its scalar
 * fields, the row problems are the first list of objects that carry a line number.
 */
export interface ReportView {
  summary: [string, string | number | boolean][];
  problems: Record<string, unknown>[];
  columns: string[];
  /** True when the report says nothing was stored (a fatal problem with the file). */
  fatal: string | null;
  warnings: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readReport(report: unknown): ReportView {
  if (!isRecord(report)) return { summary: [], problems: [], columns: [], fatal: null, warnings: [] };
  // The file name is the report's heading already; counts come in reading order (jsonb does not keep key order).
  const order = ['rows', 'matchedRows', 'skippedRows', 'stored'];
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  const summary = Object.entries(report)
    .filter((e): e is [string, string | number | boolean] => e[0] !== 'fileName' && ['string', 'number', 'boolean'].includes(typeof e[1]))
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
  const list = Object.values(report).find((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every(isRecord) && v.some((r) => 'line' in r || 'row' in r || 'lineNumber' in r));
  const problems = list ?? [];
  // jsonb does not keep key order, so the line number and reason are put first explicitly.
  const first = ['line', 'row', 'lineNumber', 'kind', 'reason'];
  const columns = [...new Set(problems.flatMap((p) => Object.keys(p)))]
    .filter((c) => problems.some((p) => p[c] !== null && p[c] !== undefined && typeof p[c] !== 'object'))
    .sort((a, b) => (first.includes(a) ? first.indexOf(a) : first.length) - (first.includes(b) ? first.indexOf(b) : first.length) || a.localeCompare(b));
  const fatalValue = report.fatal ?? report.fatalError ?? (report.status === 'rejected' ? report.error ?? report.message : undefined);
  const warnings = Array.isArray(report.warnings) ? report.warnings.filter((w): w is string => typeof w === 'string') : [];
  return { summary, problems, columns, warnings, fatal: typeof fatalValue === 'string' ? fatalValue : isRecord(fatalValue) && typeof fatalValue.message === 'string' ? fatalValue.message : null };
}

/** "unmatchedRows" → "unmatched rows". */
export function humanize(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}
