/**
 * Read-only: the player pool of a slate with one projection set's numbers, the latest injury word, the game's
 * weather and the team's implied total. Sorting and filtering happen in memory (a slate has at most a few
 * hundred rows), see pool/filter-pool.ts.
 */
import type { Db } from '../../core/db.js';
import { loadSlatePool, type SlateRow } from '../../slates/index.js';
import { readLatestReports } from '../../ingest/injury/index.js';
import { loadGameContext, type WeatherNow } from './load-game-context.js';

type GameContextMaps = Awaited<ReturnType<typeof loadGameContext>>;

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
  /** Share of optimal lineups holding the row and that minus ownership (pool/leverage.ts fills them in). */
  optimal: number | null;
  leverage: number | null;
  siteStatus: string | null;
  injuryStatus: string | null;
  injuryNote: string | null;
  weather: WeatherNow | null;
  impliedTotal: number | null;
}

/** Every row of the slate (CPT and FLEX rows of a showdown both appear), highest salary first. */
export async function loadPool(db: Db, slateId: number, projectionSetId: number | null): Promise<PoolRow[]> {
  const rows = [...(await loadSlatePool(db, slateId, projectionSetId))?.rows ?? []].sort((a, b) => b.salary - a.salary || a.id - b.id);
  const gameIds = [...new Set(rows.map((p) => p.gameId).filter((id): id is number => id !== null))];
  const playerIds = [...new Set(rows.map((p) => p.playerId))];
  const [context, injuryBy] = await Promise.all([
    loadGameContext(db, gameIds),
    readLatestReports(db, playerIds),
  ]);
  return rows.map((r) => toPoolRow(r, context, injuryBy.get(r.playerId) ?? null));
}

/** The pool's row from the canonical slate row: the page's names for the projection, plus injury, weather and team total. */
function toPoolRow(r: SlateRow, context: GameContextMaps, injury: { status: string; note: string | null } | null): PoolRow {
  const line = r.gameId === null ? undefined : context.lines.get(r.gameId);
  const stats = r.stats;
  return {
    id: r.id, sitePlayerId: r.sitePlayerId, playerId: r.playerId, name: r.name,
    positions: r.positions, rosterPositions: r.rosterPositions,
    team: r.team, opponent: r.opponent,
    gameId: r.gameId, gameLabel: r.gameKey, startsAt: r.startsAt,
    salary: r.salary,
    projection: r.mean, sd: r.sd, floor: stats?.floor ?? stats?.p10 ?? null,
    ceiling: stats?.ceiling ?? stats?.p90 ?? null, ownership: r.ownership,
    boom: stats?.boomProb ?? null, bust: stats?.bustProb ?? null,
    value: r.mean !== null && r.salary > 0 ? r.mean / (r.salary / 1000) : null,
    optimal: null, leverage: null,
    siteStatus: r.status, injuryStatus: injury?.status ?? null, injuryNote: r.injuryNote ?? injury?.note ?? null,
    weather: r.gameId === null ? null : context.weather.get(r.gameId) ?? null,
    impliedTotal: line ? (r.isHome ? line.homeImpliedTotal : line.awayImpliedTotal) : null,
  };
}
