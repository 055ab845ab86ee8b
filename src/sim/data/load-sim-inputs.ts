import type { Db } from '../../core/db.js';
import type { GameContext, PropLines } from '../adjust/types.js';
import { loadGames, loadSlatePool, type SlateRow } from '../../slates/index.js';
import type { SimSport } from '../types.js';
import { weatherFromForecast } from './forecast-weather.js';

/** The slate and its rows (the canonical slate row), or null when there is no such slate. */
export interface SlateInputs {
  slateId: number;
  site: string;
  sport: SimSport;
  gameType: string;
  /** First game's start, when known (the history model reads only results dated before it). */
  firstStartsAt: Date | null;
  rows: SlateRow[];
}

/** Reads a slate with its rows, team codes and game keys (`away@home`) through the slates module. */
export async function loadSlateRows(db: Db, slateId: number): Promise<SlateInputs | null> {
  const pool = await loadSlatePool(db, slateId);
  if (!pool) return null;
  const { slate, rows } = pool;
  return { slateId, site: slate.site, sport: slate.sport as SimSport, gameType: slate.gameType, firstStartsAt: slate.firstStartsAt, rows };
}

/** Latest consensus implied totals and weather per game; games without either are simply absent. */
export async function loadGameContexts(db: Db, rows: readonly Pick<SlateRow, 'gameId'>[]): Promise<GameContext[]> {
  const gameIds = [...new Set(rows.flatMap((r) => (r.gameId === null ? [] : [r.gameId])))];
  if (gameIds.length === 0) return [];
  const games = await loadGames(db, gameIds);
  const lines = await db.gameLine.findMany({ where: { gameId: { in: gameIds } }, orderBy: { capturedAt: 'desc' } });
  const forecasts = await db.weatherForecast.findMany({ where: { gameId: { in: gameIds } }, orderBy: { fetchedAt: 'desc' } });
  return games.map((g) => {
    const context: GameContext = { gameKey: g.gameKey };
    const line = lines.find((l) => l.gameId === g.id && l.homeImpliedTotal !== null && l.awayImpliedTotal !== null);
    if (line?.homeImpliedTotal && line.awayImpliedTotal) context.impliedTotals = { [g.homeTeam.code]: line.homeImpliedTotal, [g.awayTeam.code]: line.awayImpliedTotal };
    const forecast = forecasts.find((f) => f.gameId === g.id);
    if (forecast) context.weather = weatherFromForecast(forecast);
    return context;
  });
}

/** Latest injury status per player (any source, newest report wins; same time: the later row, as find-stale-slates reads it). */
export async function loadInjuryStatuses(db: Db, playerIds: readonly number[]): Promise<Map<number, string>> {
  const reports = await db.injuryReport.findMany({ where: { playerId: { in: [...playerIds] } }, orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }] });
  const out = new Map<number, string>();
  for (const r of reports) if (r.playerId !== null && !out.has(r.playerId)) out.set(r.playerId, r.status);
  return out;
}

/** Latest prop line per player and market, keyed by playerId; anytime-TD style markets carry the probability. */
export async function loadPropLines(db: Db, playerIds: readonly number[]): Promise<Map<number, Record<string, number>>> {
  const lines = await db.playerPropLine.findMany({ where: { playerId: { in: [...playerIds] } }, orderBy: { capturedAt: 'desc' } });
  const out = new Map<number, Record<string, number>>();
  for (const l of lines) {
    if (l.playerId === null) continue;
    const props = out.get(l.playerId) ?? {};
    if (props[l.market] === undefined) {
      const value = l.line ?? l.overProb;
      if (value !== null) props[l.market] = value;
    }
    out.set(l.playerId, props);
  }
  return out;
}

/** Uploaded (or any) projection set's mean and sd per slate row. */
export async function loadProjectionSet(db: Db, projectionSetId: number): Promise<{ slateId: number; byRow: Map<number, { mean: number; sd: number | null; ownership: number | null }> } | null> {
  const set = await db.projectionSet.findUnique({ where: { id: projectionSetId }, include: { projections: true } });
  if (!set) return null;
  return { slateId: set.slateId, byRow: new Map(set.projections.map((p) => [p.slatePlayerId, { mean: p.mean, sd: p.sd, ownership: p.ownership }])) };
}

/** Props keyed by our person key, for the adjustment step. */
export function propsByKey(rows: readonly { key: string; playerId: number }[], props: Map<number, Record<string, number>>): PropLines {
  const out: PropLines = {};
  for (const r of rows) {
    const p = props.get(r.playerId);
    if (p) out[r.key] = p;
  }
  return out;
}
