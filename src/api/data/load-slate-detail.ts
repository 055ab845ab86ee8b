/**
 * One slate with its games (consensus line, latest forecast), its players (salary, site status, latest injury
 * report, projection from the chosen set) and which projection set was used. Seven indexed queries, run in
 * parallel where they do not depend on each other; this is the API's hottest read (see test/bench/api.bench.ts).
 */
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import type { PublicUser } from '../auth/users.js';
import { loadSlateGames, loadSlatePool, loadSlateSummary, type SlateRow } from '../../slates/index.js';
import { readGameLines } from '../../ingest/odds/index.js';
import { readLatestForecasts } from '../../ingest/weather/index.js';
import { readLatestReports } from '../../ingest/injury/index.js';
import { findVisibleProjectionSet } from '../../sim/index.js';
import { toApiGame, type ApiGame } from './game-shapes.js';
import type { SlateSummary } from './slate-queries.js';

export interface SlateProjection {
  mean: number; median: number | null; sd: number | null; floor: number | null; ceiling: number | null;
  p10: number | null; p25: number | null; p75: number | null; p90: number | null; p99: number | null;
  boomProb: number | null; boom4xProb: number | null; bustProb: number | null; ownership: number | null; minExposure: number | null; maxExposure: number | null;
}

export interface InjuryStatus { status: string; rawStatus: string | null; note: string | null; source: string; reportedAt: Date }

export interface SlateDetailPlayer {
  id: number; playerId: number; sitePlayerId: string; name: string; positions: string[]; rosterPositions: string[];
  salary: number; team: string; opponent: string | null; gameId: number | null; avgPoints: number | null;
  siteStatus: string | null; injuryNote: string | null; battingOrder: number | null; isProbablePitcher: boolean | null;
  injury: InjuryStatus | null; projection: SlateProjection | null;
}

export interface SlateDetail {
  slate: SlateSummary;
  projectionSet: { id: number; name: string; source: string; createdAt: Date; owned: boolean } | null;
  games: (ApiGame & { line: Record<string, unknown> | null; weather: Record<string, unknown> | null })[];
  players: SlateDetailPlayer[];
}

/**
 * `projectionSetId`: a set the user may see, for this slate (else 404); 'none' for no projections; undefined
 * for the newest set the user may see.
 */
export async function loadSlateDetail(db: Db, user: PublicUser, slateId: number, projectionSetId: number | 'none' | undefined): Promise<SlateDetail> {
  const [slate, set, slateGames] = await Promise.all([
    loadSlateSummary(db, slateId),
    projectionSetId === 'none' ? null : findVisibleProjectionSet(db, { slateId, userId: user.id, ...(projectionSetId !== undefined ? { id: projectionSetId } : {}) }),
    loadSlateGames(db, slateId),
  ]);
  if (!slate) throw notFound(`slate ${slateId}`);
  if (typeof projectionSetId === 'number' && !set) {
    throw new AppError('not_found', `projection set ${projectionSetId} not found for slate ${slateId}`);
  }
  const rows = [...(await loadSlatePool(db, slateId, set?.id ?? null))?.rows ?? []].sort((a, b) => b.salary - a.salary || a.id - b.id);
  const gameIds = slateGames.map((g) => g.id);
  const playerIds = [...new Set(rows.map((p) => p.playerId))];
  // Lines, forecasts and injury reports come from the modules that own those tables.
  const [lines, weatherByGame, injuryByPlayer] = await Promise.all([
    readGameLines(db, gameIds),
    readLatestForecasts(db, gameIds),
    readLatestReports(db, playerIds),
  ]);
  const lineByGame = new Map([...lines].map(([gameId, { gameId: _, ...line }]) => [gameId, line]));

  return {
    slate,
    projectionSet: set ? { id: set.id, name: set.name, source: set.source, createdAt: set.createdAt, owned: set.userId === user.id } : null,
    games: slateGames.map((game) => ({ ...toApiGame(game), line: lineByGame.get(game.id) ?? null, weather: weatherByGame.get(game.id) ?? null })),
    players: rows.map((r) => toDetailPlayer(r, injuryByPlayer.get(r.playerId) ?? null)),
  };
}

/** The API's player of a slate (its JSON keys are a contract) from the canonical slate row. */
function toDetailPlayer(r: SlateRow, injury: InjuryStatus | null): SlateDetailPlayer {
  return {
    id: r.id, playerId: r.playerId, sitePlayerId: r.sitePlayerId, name: r.name, positions: r.positions, rosterPositions: r.rosterPositions,
    salary: r.salary, gameId: r.gameId, avgPoints: r.avgPoints, siteStatus: r.status, injuryNote: r.injuryNote,
    battingOrder: r.battingOrder, isProbablePitcher: r.isProbablePitcher,
    team: r.team, opponent: r.opponent, injury,
    projection: r.mean !== null && r.stats ? {
      mean: r.mean, median: r.stats.median, sd: r.sd, floor: r.stats.floor, ceiling: r.stats.ceiling,
      p10: r.stats.p10, p25: r.stats.p25, p75: r.stats.p75, p90: r.stats.p90, p99: r.stats.p99,
      boomProb: r.stats.boomProb, boom4xProb: r.stats.boom4xProb, bustProb: r.stats.bustProb, ownership: r.ownership,
      minExposure: r.stats.minExposure, maxExposure: r.stats.maxExposure,
    } : null,
  };
}
