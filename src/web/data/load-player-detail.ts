/** Read-only: one slate player's projection numbers and its game's consensus line history, for the detail panel. */
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { loadGame, loadSlateRow } from '../../slates/index.js';
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
  const p = await loadSlateRow(db, slateId, slatePlayerId, projectionSetId);
  if (!p) throw new AppError('not_found', `player ${slatePlayerId} is not on slate ${slateId}`);
  const [game, lines, injuries] = await Promise.all([
    p.gameId === null ? null : loadGame(db, p.gameId),
    p.gameId === null ? [] : readGameLineHistory(db, p.gameId, 500),
    readPlayerReports(db, p.playerId, 5),
  ]);
  return {
    id: p.id, slateId: p.slateId, name: p.name, sitePlayerId: p.sitePlayerId, positions: p.positions, rosterPositions: p.rosterPositions,
    salary: p.salary, siteStatus: p.status, injuryNote: p.injuryNote, avgPoints: p.avgPoints,
    game: game ? { id: game.id, label: game.gameKey, startsAt: game.startsAt, homeTeam: game.homeTeam.code, awayTeam: game.awayTeam.code } : null,
    projection: p.mean !== null && p.stats ? {
      mean: p.mean, median: p.stats.median, sd: p.sd, floor: p.stats.floor, ceiling: p.stats.ceiling,
      p10: p.stats.p10, p25: p.stats.p25, p75: p.stats.p75, p90: p.stats.p90, p99: p.stats.p99,
      boomProb: p.stats.boomProb, boom4xProb: p.stats.boom4xProb, bustProb: p.stats.bustProb, ownership: p.ownership,
    } : null,
    lineHistory: lines.map((l) => ({ capturedAt: l.capturedAt, total: l.total, homeSpread: l.homeSpread, homeImpliedTotal: l.homeImpliedTotal, awayImpliedTotal: l.awayImpliedTotal, bookCount: l.bookCount })),
    injuries: injuries.map((i) => ({ source: i.source, status: i.status, note: i.note, reportedAt: i.reportedAt })),
  };
}
