/**
 * Reads of WeatherForecast for other modules (the API's game and slate endpoints, the dashboard, the sim's input
 * watermark). The weather module owns the table; these are its only readers outside the refresh.
 */
import type { Db } from '../../../core/db.js';

/** A forecast's summary columns (without the hourly detail). */
export const forecastSummarySelect = {
  id: true, provider: true, fetchedAt: true, isIndoor: true, temperatureF: true, windSpeedMph: true, windGustMph: true,
  windDirectionDeg: true, windRelative: true, precipProbability: true, precipInches: true,
} as const;

export type ForecastSummary = {
  id: number; provider: string; fetchedAt: Date; isIndoor: boolean; temperatureF: number | null; windSpeedMph: number | null;
  windGustMph: number | null; windDirectionDeg: number | null; windRelative: string | null; precipProbability: number | null; precipInches: number | null;
};

/** The newest forecast of each game; games without one are absent. */
export async function readLatestForecasts(db: Db, gameIds: readonly number[]): Promise<Map<number, ForecastSummary>> {
  if (!gameIds.length) return new Map();
  const rows = await db.weatherForecast.findMany({
    where: { gameId: { in: [...gameIds] } }, distinct: ['gameId'], orderBy: [{ gameId: 'asc' }, { fetchedAt: 'desc' }],
    select: { gameId: true, ...forecastSummarySelect },
  });
  return new Map(rows.map(({ gameId, ...f }) => [gameId, f]));
}

/** A game's forecasts, newest first; the newest carries its hourly detail. */
export async function readGameForecasts(db: Db, gameId: number, limit: number): Promise<{ latest: (ForecastSummary & { hourly: unknown }) | null; forecasts: ForecastSummary[] }> {
  const forecasts = await db.weatherForecast.findMany({ where: { gameId }, orderBy: { fetchedAt: 'desc' }, take: limit, select: forecastSummarySelect });
  const newest = forecasts[0] ? await db.weatherForecast.findUnique({ where: { id: forecasts[0].id }, select: { hourly: true } }) : null;
  return { latest: forecasts[0] ? { ...forecasts[0], hourly: newest?.hourly ?? null } : null, forecasts };
}
