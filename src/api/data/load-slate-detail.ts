/**
 * One slate with its games (consensus line, latest forecast), its players (salary, site status, latest injury
 * report, projection from the chosen set) and which projection set was used. Seven indexed queries, run in
 * parallel where they do not depend on each other; this is the API's hottest read (see test/bench/api.bench.ts).
 */
import type { Db } from '../../core/db.js';
import { AppError, notFound } from '../../core/errors.js';
import type { PublicUser } from '../auth/users.js';
import { readGameLines } from '../../ingest/odds/index.js';
import { readLatestForecasts } from '../../ingest/weather/index.js';
import { readLatestReports } from '../../ingest/injury/index.js';
import { findSetProjectionFields, findVisibleProjectionSet } from '../../sim/index.js';
import { gameInclude, toApiGame, type ApiGame } from './game-shapes.js';
import { slateSummarySelect, toSlateSummary, type SlateSummary } from './slate-queries.js';

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
  const [slate, set, slateGames, players] = await Promise.all([
    db.slate.findUnique({ where: { id: slateId }, select: slateSummarySelect }),
    projectionSetId === 'none' ? null : findVisibleProjectionSet(db, { slateId, userId: user.id, ...(projectionSetId !== undefined ? { id: projectionSetId } : {}) }),
    db.slateGame.findMany({ where: { slateId }, select: { game: { include: gameInclude } }, orderBy: { game: { startsAt: 'asc' } } }),
    db.slatePlayer.findMany({
      where: { slateId },
      orderBy: [{ salary: 'desc' }, { id: 'asc' }],
      select: {
        id: true, playerId: true, sitePlayerId: true, name: true, positions: true, rosterPositions: true, salary: true,
        teamId: true, opponentTeamId: true, gameId: true, avgPoints: true, siteStatus: true, injuryNote: true,
        battingOrder: true, isProbablePitcher: true,
      },
    }),
  ]);
  if (!slate) throw notFound(`slate ${slateId}`);
  if (typeof projectionSetId === 'number' && !set) {
    throw new AppError('not_found', `projection set ${projectionSetId} not found for slate ${slateId}`, 404);
  }
  const gameIds = slateGames.map((g) => g.game.id);
  const teamIds = [...new Set(players.flatMap((p) => (p.opponentTeamId ? [p.teamId, p.opponentTeamId] : [p.teamId])))];
  const playerIds = [...new Set(players.map((p) => p.playerId))];
  // Games, lines, forecasts, injury reports and projections come from the modules that own those tables.
  const [teams, lines, weatherByGame, injuryByPlayer, projections] = await Promise.all([
    db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, code: true } }),
    readGameLines(db, gameIds),
    readLatestForecasts(db, gameIds),
    readLatestReports(db, playerIds),
    set ? findSetProjectionFields(db, set.id) : [],
  ]);
  const teamCode = new Map(teams.map((t) => [t.id, t.code]));
  const lineByGame = new Map([...lines].map(([gameId, { gameId: _, ...line }]) => [gameId, line]));
  const projectionByRow = new Map(projections.map(({ slatePlayerId, ...p }) => [slatePlayerId, p]));

  return {
    slate: toSlateSummary(slate),
    projectionSet: set ? { id: set.id, name: set.name, source: set.source, createdAt: set.createdAt, owned: set.userId === user.id } : null,
    games: slateGames.map(({ game }) => ({ ...toApiGame(game), line: lineByGame.get(game.id) ?? null, weather: weatherByGame.get(game.id) ?? null })),
    players: players.map(({ teamId, opponentTeamId, ...p }) => ({
      ...p,
      team: teamCode.get(teamId) ?? '?',
      opponent: opponentTeamId ? (teamCode.get(opponentTeamId) ?? null) : null,
      injury: injuryByPlayer.get(p.playerId) ?? null,
      projection: projectionByRow.get(p.id) ?? null,
    })),
  };
}
