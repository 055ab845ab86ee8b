import { parse } from 'csv-parse/sync';
import { normalizeInjuryStatus } from '../../../core/player-status.js';
import type { InjuryReport, ParsedInjuries } from './injury-report.js';

/** nflverse `injuries_<season>.csv` header (the NFL's official weekly injury report). */
export const NFL_INJURY_REPORT_COLUMNS = [
  'season', 'game_type', 'team', 'week', 'gsis_id', 'position', 'full_name', 'first_name', 'last_name',
  'report_primary_injury', 'report_secondary_injury', 'report_status', 'practice_primary_injury',
  'practice_secondary_injury', 'practice_status', 'date_modified',
] as const;

/**
 * Parses the NFL official injury report CSV (nflverse layout). The file covers the whole season, and a
 * designation holds for one game only, so each team's newest (season, week) is read and its earlier weeks
 * are history; a team without rows this week (a bye) keeps its last week. Rows with a blank `report_status`
 * carry practice participation only (no game designation) and are skipped rather than read as "active", but
 * they still make their week the team's newest. `date_modified` without a zone is taken as UTC (nflverse
 * stores UTC). Accepts CRLF, LF and bare CR line endings and a BOM.
 */
export function parseNflInjuryReport(csv: string, sourceUrl: string | null = null): ParsedInjuries {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false }) as Record<string, string>[];
  const first = rows[0];
  if (first) {
    const missing = NFL_INJURY_REPORT_COLUMNS.filter((c) => !(c in first));
    if (missing.length) throw new Error(`NFL injury report CSV: missing column(s) ${missing.join(', ')}`);
  }
  const reports: InjuryReport[] = [];
  const warnings: string[] = [];
  const newest = newestWeekPerTeam(rows);
  rows.forEach((row, index) => {
    const line = index + 2; // header is line 1
    const week = weekOf(row);
    if (week === null) { warnings.push(`NFL injury report line ${line}: bad season/week "${row.season ?? ''}"/"${row.week ?? ''}"`); return; }
    if (week < (newest.get(teamOf(row)) ?? week)) return;
    const name = (row.full_name ?? '').trim() || `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim();
    const raw = (row.report_status ?? '').trim();
    if (raw === '') return;
    const status = normalizeInjuryStatus(raw);
    if (!status) { warnings.push(`NFL injury report line ${line}: unknown report_status "${raw}" for ${name}`); return; }
    if (!name) { warnings.push(`NFL injury report line ${line}: no player name`); return; }
    const reportedAt = parseModified(row.date_modified ?? '');
    if (!reportedAt) { warnings.push(`NFL injury report line ${line}: bad date_modified "${row.date_modified ?? ''}"`); return; }
    const injuries = [row.report_primary_injury, row.report_secondary_injury].map((s) => s?.trim()).filter(Boolean);
    const practice = row.practice_status?.trim();
    reports.push({
      source: 'nfl-report',
      sourcePlayerId: row.gsis_id?.trim() || null,
      playerName: name,
      team: row.team?.trim() || null,
      position: row.position?.trim() || null,
      rawStatus: raw,
      status,
      note: [injuries.join(', '), practice].filter(Boolean).join(' - ') || null,
      reportedAt,
      sourceUrl,
    });
  });
  return { reports, warnings };
}

function teamOf(row: Record<string, string>): string {
  return (row.team ?? '').trim();
}

/** (season, week) as one comparable number, or null when either is not a whole number. */
function weekOf(row: Record<string, string>): number | null {
  const season = Number((row.season ?? '').trim());
  const week = Number((row.week ?? '').trim());
  if (!Number.isInteger(season) || !Number.isInteger(week) || season <= 0 || week < 0 || week >= 100) return null;
  return season * 100 + week;
}

function newestWeekPerTeam(rows: readonly Record<string, string>[]): Map<string, number> {
  const newest = new Map<string, number>();
  for (const row of rows) {
    const week = weekOf(row);
    if (week !== null && week > (newest.get(teamOf(row)) ?? -1)) newest.set(teamOf(row), week);
  }
  return newest;
}

function parseModified(value: string): Date | null {
  const v = value.trim();
  if (!v) return null;
  const iso = /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}
