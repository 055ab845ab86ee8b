/** Read-only: the newest consensus line and forecast of each game, for implied totals and weather chips. */
import type { Db } from '../../core/db.js';
import { readGameLines } from '../../ingest/odds/index.js';
import { readLatestForecasts } from '../../ingest/weather/index.js';

export interface GameLineNow { homeImpliedTotal: number | null; awayImpliedTotal: number | null; total: number | null; homeSpread: number | null; bookCount: number; capturedAt: Date }
export interface WeatherNow {
  isIndoor: boolean; temperatureF: number | null; windSpeedMph: number | null; windGustMph: number | null;
  windRelative: string | null; precipProbability: number | null; fetchedAt: Date;
}

/** Latest GameLine and WeatherForecast per game id (games without either are absent from the maps). */
export async function loadGameContext(db: Db, gameIds: readonly number[]): Promise<{ lines: Map<number, GameLineNow>; weather: Map<number, WeatherNow> }> {
  if (!gameIds.length) return { lines: new Map(), weather: new Map() };
  const [lines, forecasts] = await Promise.all([readGameLines(db, gameIds), readLatestForecasts(db, gameIds)]);
  return {
    lines: new Map([...lines.values()].map((l) => [l.gameId, {
      homeImpliedTotal: l.homeImpliedTotal, awayImpliedTotal: l.awayImpliedTotal, total: l.total, homeSpread: l.homeSpread, bookCount: l.bookCount, capturedAt: l.capturedAt,
    }])),
    weather: new Map([...forecasts].map(([gameId, w]) => [gameId, {
      isIndoor: w.isIndoor, temperatureF: w.temperatureF, windSpeedMph: w.windSpeedMph, windGustMph: w.windGustMph,
      windRelative: w.windRelative, precipProbability: w.precipProbability, fetchedAt: w.fetchedAt,
    }])),
  };
}
