import { AppError } from '../core/errors.js';
import { readCsvText } from './export/csv-text.js';
import type { ProjectionInput } from './from-parsed-slate.js';

const COLUMNS = {
  id: ['id', 'siteplayerid', 'player_id', 'playerid', 'dk_id', 'fd_id'],
  name: ['name', 'player', 'player_name'],
  team: ['team', 'teamabbrev', 'tm'],
  points: ['projection', 'proj', 'points', 'fpts', 'mean', 'projected_points'],
  ownership: ['ownership', 'own', 'projected_ownership', 'pown'],
  stdDev: ['stddev', 'std_dev', 'sd', 'std'],
  line: ['line', 'ev_line', 'l'],
} as const;

/**
 * A user's projections CSV → projection inputs keyed by site id, and by `normalized name|TEAM` through `keyOf`
 * when rows have a name and team instead. Columns are found by common names (id, name, team, projection/fpts,
 * ownership, stddev, line); ownership given in percent (any value > 1) is turned into a fraction.
 */
export function readProjectionsCsv(text: string, keyOf: (name: string, team: string) => string): Map<string, ProjectionInput> {
  const rows = readCsvText(text);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const find = (names: readonly string[]): number => header.findIndex((h) => names.includes(h));
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, find(names)])) as Record<keyof typeof COLUMNS, number>;
  if (col.points < 0) throw new AppError('invalid_projections', `projections file: no projection column (one of ${COLUMNS.points.join(', ')})`);
  if (col.id < 0 && (col.name < 0 || col.team < 0)) throw new AppError('invalid_projections', 'projections file: needs an id column, or name and team columns');
  const percent = rows.slice(1).some((r) => Number(r[col.ownership] ?? 0) > 1);
  const out = new Map<string, ProjectionInput>();
  rows.slice(1).forEach((r, i) => {
    if (r.every((c) => c.trim() === '')) return;
    const points = Number(r[col.points]);
    if (!Number.isFinite(points)) throw new AppError('invalid_projections', `projections file line ${i + 2}: projection "${r[col.points] ?? ''}" is not a number`);
    const num = (c: number): number | null => (c >= 0 && (r[c] ?? '').trim() !== '' && Number.isFinite(Number(r[c])) ? Number(r[c]) : null);
    const own = num(col.ownership);
    const value: ProjectionInput = {
      points, ownership: own === null ? null : percent ? own / 100 : own, stdDev: num(col.stdDev),
      line: col.line >= 0 ? (r[col.line] ?? '').trim() || null : null,
    };
    const id = col.id >= 0 ? (r[col.id] ?? '').trim() : '';
    if (id) out.set(id, value);
    if (col.name >= 0 && col.team >= 0) out.set(keyOf(r[col.name] ?? '', (r[col.team] ?? '').trim().toUpperCase()), value);
  });
  return out;
}
