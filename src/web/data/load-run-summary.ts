/**
 * A readable summary of a finished projections run: what it covered (players, rows, adjusted players, how long it
 * took), its warnings, and the players it projects highest with their spread, ceiling, boom and ownership, instead
 * of the raw result object.
 */
import type { Db } from '../../core/db.js';
import { isCaptainRow } from '../../sites/index.js';
import { loadSlateRowsById } from '../../slates/index.js';
import { findSetProjectionRows } from '../../sim/index.js';

export interface RunSummaryPlayer {
  name: string; team: string; positions: string[]; salary: number;
  mean: number; sd: number | null; ceiling: number | null; boomProb: number | null; ownership: number | null;
}

export interface RunSummary {
  players: number | null; rows: number | null; adjusted: number | null; warnings: string[];
  seconds: number | null; top: RunSummaryPlayer[]; topOwned: RunSummaryPlayer[];
}

const numberField = (value: Record<string, unknown>, key: string): number | null =>
  typeof value[key] === 'number' ? value[key] : null;

export async function loadRunSummary(
  db: Db,
  run: { result: unknown; projectionSetId: number | null; startedAt: Date | null; finishedAt: Date | null },
  limit = 10,
): Promise<RunSummary | null> {
  const result = run.result && typeof run.result === 'object' && !Array.isArray(run.result) ? run.result as Record<string, unknown> : null;
  if (!result || run.projectionSetId === null) return null;
  const rows = await findSetProjectionRows(db, run.projectionSetId);
  const slateRows = await loadSlateRowsById(db, rows.map((r) => r.slatePlayerId));
  // A showdown player has a captain row and a flex row: list the flex row only, so nobody appears twice.
  const players = rows.flatMap((r) => {
    const row = slateRows.get(r.slatePlayerId);
    if (!row || isCaptainRow(row.rosterPositions)) return [];
    return [{
      name: row.name, team: row.team, positions: row.positions, salary: row.salary,
      mean: r.mean, sd: r.sd, ceiling: r.ceiling, boomProb: r.boomProb, ownership: r.ownership,
    }];
  });
  const top = [...players].sort((a, b) => b.mean - a.mean).slice(0, limit);
  const topOwned = players.filter((p) => p.ownership !== null).sort((a, b) => (b.ownership ?? 0) - (a.ownership ?? 0)).slice(0, 5);
  return {
    players: numberField(result, 'players'), rows: numberField(result, 'rows'), adjusted: numberField(result, 'adjusted'),
    warnings: Array.isArray(result.warnings) ? result.warnings.map(String) : [],
    seconds: run.startedAt && run.finishedAt ? Math.max(0, (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000) : null,
    top, topOwned,
  };
}
