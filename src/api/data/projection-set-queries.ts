/** Projection sets the user may see (own uploads + shared simulated sets): list, detail, CSV export. */
import { z } from 'zod';
import { spreadsheetCell } from '../../core/csv/csv-cell.js';
import { dbIdText } from '../../core/validation/db-id.js';
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';
import { loadSlateRowsById } from '../../slates/index.js';
import type { PublicUser } from '../auth/users.js';
import { findSetProjectionRows, findVisibleProjectionSet, findVisibleProjectionSets, type ProjectionSetSummaryRow } from '../../sim/index.js';
import type { Page, Pagination } from './pagination.js';

export const projectionSetFilterSchema = z.object({ slateId: dbIdText().optional() });

const toSummary = (user: Pick<PublicUser, 'id'>) => ({ _count, userId, ...s }: ProjectionSetSummaryRow) => ({ ...s, owned: userId === user.id, projectionCount: _count.projections });

/** Newest first; `user` may be the anonymous visitor's `{ id: 0 }` (shared sets only), as the public pages show them. */
export async function listProjectionSets(db: Db, user: Pick<PublicUser, 'id'>, filter: { slateId?: number }, page: Pagination): Promise<Page<ReturnType<ReturnType<typeof toSummary>>>> {
  const { rows, total } = await findVisibleProjectionSets(db, { userId: user.id, ...(filter.slateId ? { slateId: filter.slateId } : {}) }, page);
  return { items: rows.map(toSummary(user)), total, ...page };
}

/** A set with every projection and its player; another user's set is a 404. */
export async function loadProjectionSet(db: Db, user: PublicUser, id: number) {
  const set = await findVisibleProjectionSet(db, { id, userId: user.id });
  if (!set) throw notFound(`projection set ${id}`);
  const rows = await findSetProjectionRows(db, id);
  const slateRows = await loadSlateRowsById(db, rows.map((r) => r.slatePlayerId));
  const projections = rows.flatMap(({ slatePlayerId, ...p }) => {
    const r = slateRows.get(slatePlayerId);
    return r ? [{
      slatePlayerId, sitePlayerId: r.sitePlayerId, name: r.name, positions: r.positions, rosterPositions: r.rosterPositions, salary: r.salary,
      team: r.team, ...p,
    }] : [];
  });
  return { projectionSet: toSummary(user)(set), projections };
}

const pct = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e6) / 1e4);

/**
 * The set as CSV, in the upload format (ID, Name, Team, Position, Roster Position, Salary, Projection, StdDev,
 * Floor, Ceiling, Ownership %, Min Exposure %, Max Exposure %, and Line when the set has NHL lines): download, edit
 * in a spreadsheet, upload again.
 */
export async function exportProjectionSetCsv(db: Db, user: PublicUser, id: number): Promise<{ fileName: string; csv: string }> {
  const { projectionSet, projections } = await loadProjectionSet(db, user, id);
  // NHL sets uploaded with lines give them back (a Line column), so a download edited and uploaded keeps its stacks.
  const withLines = projections.some((p) => p.line !== null);
  const header = ['ID', 'Name', 'Team', 'Position', 'Roster Position', 'Salary', 'Projection', 'StdDev', 'Floor', 'Ceiling', 'Ownership %', 'Min Exposure %', 'Max Exposure %', ...(withLines ? ['Line'] : [])];
  const lines = projections.map((p) => [
    p.sitePlayerId, p.name, p.team, p.positions.join('/'), p.rosterPositions.join('/'), p.salary, p.mean, p.sd, p.floor, p.ceiling,
    pct(p.ownership), pct(p.minExposure), pct(p.maxExposure), ...(withLines ? [p.line] : []),
  ].map(spreadsheetCell).join(','));
  const safeName = projectionSet.name.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'projections';
  return { fileName: `projections-${projectionSet.id}-${safeName}.csv`, csv: `${[header.join(','), ...lines].join('\r\n')}\r\n` };
}
