/**
 * `sportsdata optimize --projections FILE`: the file is checked exactly like a dashboard or API upload
 * (checkProjectionFile: same columns, numbers, percent detection and warnings), bad rows are skipped and reported
 * by line, and the good ones become the optimizer's projections, keyed by site id and by name + team.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError } from './command.js';
import type { ProjectionInput } from '../optimizer/from-parsed-slate.js';

export interface ProjectionsFileReport { rows: number; used: number; skipped: { line: number; reason: string }[]; warnings: string[] }

export async function readProjectionsFile(path: string, keyOf: (name: string, team: string) => string): Promise<{ projections: Map<string, ProjectionInput>; report: ProjectionsFileReport }> {
  const bytes = await readFile(path).catch((error: Error) => { throw new CliError(`cannot read projections ${path}: ${error.message}`); });
  const { checkProjectionFile } = await import('../api/index.js');
  const checked = checkProjectionFile(bytes);
  if (checked.valid.length === 0) {
    const first = checked.problems.slice(0, 3).map((p) => `line ${p.line}: ${p.reason}`).join('; ');
    throw new CliError(`no row of ${basename(path)} could be used: ${checked.problems.length} rows have problems (${first})`);
  }
  const projections = new Map<string, ProjectionInput>();
  for (const { row, values } of checked.valid) {
    const input: ProjectionInput = { points: values.mean, ownership: values.ownership, stdDev: values.sd, line: values.line === null ? null : String(values.line) };
    if (row.id) projections.set(row.id, input);
    if (row.name && row.team) projections.set(keyOf(row.name, row.team), input);
  }
  return {
    projections,
    report: { rows: checked.file.rows.length, used: checked.valid.length, skipped: checked.problems.map((p) => ({ line: p.line, reason: p.reason })), warnings: checked.warnings },
  };
}

/** Lines for the text output: what was skipped and why, and the warnings. */
export function projectionsReportLines(report: ProjectionsFileReport): string[] {
  return [
    `projections: ${report.used} of ${report.rows} rows used${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}`,
    ...report.skipped.map((s) => `  skipped line ${s.line}: ${s.reason}`),
    ...report.warnings.map((w) => `warning: projections ${w}`),
  ];
}
