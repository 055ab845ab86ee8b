/**
 * Read-only: the player pool of a slate with one projection set's numbers, the latest injury word, the game's
 * weather and the team's implied total. Sorting and filtering happen in memory (a slate has at most a few
 * hundred rows), see pool/filter-pool.ts.
 */
import type { Db } from '../../core/db.js';
import { readLatestReports } from '../../ingest/injury/index.js';
import { loadGameContext, type WeatherNow } from './load-game-context.js';

export interface PoolRow {
  id: number;
  sitePlayerId: string;
  playerId: number;
  name: string;
  positions: string[];
  rosterPositions: string[];
  team: string;
  opponent: string | null;
  gameId: number | null;
  gameLabel: string | null;
  startsAt: Date | null;
  salary: number;
  projection: number | null;
  sd: number | null;
  floor: number | null;
  ceiling: number | null;
  /** Chance of 5x salary/1000 points (DraftKings' boom) and of under 2x (bust), from the simulation; null for uploads. */
  boom: number | null;
  bust: number | null;
  ownership: number | null;
  /** Points per 1,000 of salary. */
  value: number | null;
  siteStatus: string | null;
  injuryStatus: string | null;
  injuryNote: string | null;
  weather: WeatherNow | null;
  impliedTotal: number | null;
}

/** Every row of the slate (CPT and FLEX rows of a showdown both appear). */
export async function loadPool(db: Db, slateId: number, projectionSetId: number | null): Promise<PoolRow[]> {
  const players = await db.slatePlayer.findMany({
    where: { slateId },
    include: {
      game: { include: { homeTeam: true, awayTeam: true } },
      projections: projectionSetId === null ? false : { where: { projectionSetId } },
    },
    orderBy: [{ salary: 'desc' }, { id: 'asc' }],
  });
  const teamIds = [...new Set(players.flatMap((p) => [p.teamId, p.opponentTeamId]).filter((id): id is number => id !== null))];
  const gameIds = [...new Set(players.map((p) => p.gameId).filter((id): id is number => id !== null))];
  const playerIds = [...new Set(players.map((p) => p.playerId))];
  const [teams, context, injuryBy] = await Promise.all([
    db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, code: true } }),
    loadGameContext(db, gameIds),
    readLatestReports(db, playerIds),
  ]);
  const teamCode = new Map(teams.map((t) => [t.id, t.code]));

  return players.map((p) => {
    const projection = p.projections?.[0];
    const line = p.gameId === null ? undefined : context.lines.get(p.gameId);
    const isHome = p.game ? p.game.homeTeamId === p.teamId : false;
    const mean = projection?.mean ?? null;
    const injury = injuryBy.get(p.playerId);
    return {
      id: p.id, sitePlayerId: p.sitePlayerId, playerId: p.playerId, name: p.name,
      positions: p.positions, rosterPositions: p.rosterPositions,
      team: teamCode.get(p.teamId) ?? '?', opponent: p.opponentTeamId === null ? null : teamCode.get(p.opponentTeamId) ?? null,
      gameId: p.gameId, gameLabel: p.game ? `${p.game.awayTeam.code}@${p.game.homeTeam.code}` : null, startsAt: p.game?.startsAt ?? null,
      salary: p.salary,
      projection: mean, sd: projection?.sd ?? null, floor: projection?.floor ?? projection?.p10 ?? null,
      ceiling: projection?.ceiling ?? projection?.p90 ?? null, ownership: projection?.ownership ?? null,
      boom: projection?.boomProb ?? null, bust: projection?.bustProb ?? null,
      value: mean !== null && p.salary > 0 ? mean / (p.salary / 1000) : null,
      siteStatus: p.siteStatus, injuryStatus: injury?.status ?? null, injuryNote: p.injuryNote ?? injury?.note ?? null,
      weather: p.gameId === null ? null : context.weather.get(p.gameId) ?? null,
      impliedTotal: line ? (isHome ? line.homeImpliedTotal : line.awayImpliedTotal) : null,
    };
  });
}
