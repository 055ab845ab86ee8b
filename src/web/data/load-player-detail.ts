/** Read-only: one slate player's projection numbers and its game's consensus line history, for the detail panel. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { readGameLineHistory } from '../../ingest/odds/index.js';
import { readPlayerReports } from '../../ingest/injury/index.js';

export interface PlayerDetail {
  id: number;
  slateId: number;
  name: string;
  sitePlayerId: string;
  positions: string[];
  rosterPositions: string[];
  salary: number;
  siteStatus: string | null;
  injuryNote: string | null;
  avgPoints: number | null;
  game: { id: number; label: string; startsAt: Date; homeTeam: string; awayTeam: string } | null;
  projection: {
    mean: number; median: number | null; sd: number | null; floor: number | null; ceiling: number | null;
    p10: number | null; p25: number | null; p75: number | null; p90: number | null; p99: number | null;
    boomProb: number | null; boom4xProb: number | null; bustProb: number | null; ownership: number | null;
  } | null;
  lineHistory: { capturedAt: Date; total: number | null; homeSpread: number | null; homeImpliedTotal: number | null; awayImpliedTotal: number | null; bookCount: number }[];
  injuries: { source: string; status: string; note: string | null; reportedAt: Date }[];
}

/** The player of the slate or a 404; `projectionSetId` picks whose numbers (null: none). */
export async function loadPlayerDetail(db: Db, slateId: number, slatePlayerId: number, projectionSetId: number | null): Promise<PlayerDetail> {
  const p = await db.slatePlayer.findFirst({
    where: { id: slatePlayerId, slateId },
    include: {
      game: { include: { homeTeam: true, awayTeam: true } },
      projections: projectionSetId === null ? false : { where: { projectionSetId } },
    },
  });
  if (!p) throw new AppError('not_found', `player ${slatePlayerId} is not on slate ${slateId}`, 404);
  const [lines, injuries] = await Promise.all([
    p.gameId === null ? [] : readGameLineHistory(db, p.gameId, 500),
    readPlayerReports(db, p.playerId, 5),
  ]);
  const proj = p.projections?.[0];
  return {
    id: p.id, slateId: p.slateId, name: p.name, sitePlayerId: p.sitePlayerId, positions: p.positions, rosterPositions: p.rosterPositions,
    salary: p.salary, siteStatus: p.siteStatus, injuryNote: p.injuryNote, avgPoints: p.avgPoints,
    game: p.game ? { id: p.game.id, label: `${p.game.awayTeam.code}@${p.game.homeTeam.code}`, startsAt: p.game.startsAt, homeTeam: p.game.homeTeam.code, awayTeam: p.game.awayTeam.code } : null,
    projection: proj ? {
      mean: proj.mean, median: proj.median, sd: proj.sd, floor: proj.floor, ceiling: proj.ceiling,
      p10: proj.p10, p25: proj.p25, p75: proj.p75, p90: proj.p90, p99: proj.p99,
      boomProb: proj.boomProb, boom4xProb: proj.boom4xProb, bustProb: proj.bustProb, ownership: proj.ownership,
    } : null,
    lineHistory: lines.map((l) => ({ capturedAt: l.capturedAt, total: l.total, homeSpread: l.homeSpread, homeImpliedTotal: l.homeImpliedTotal, awayImpliedTotal: l.awayImpliedTotal, bookCount: l.bookCount })),
    injuries: injuries.map((i) => ({ source: i.source, status: i.status, note: i.note, reportedAt: i.reportedAt })),
  };
}
