import type { Db } from '../../core/db.js';
import { playProbabilityFor } from '../adjust/play-probability.js';
import type { GameWeather } from '../adjust/types.js';
import { weatherFactor } from '../adjust/weather-factor.js';
import { DEFAULT_PROFILES } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';
import { FORECAST_WEATHER_SELECT, weatherFromForecast } from './forecast-weather.js';

/**
 * What a forecast does to the sim: its factor per position group, to the half percent. A 10k-draw run does not
 * resolve less than that, and wind below the threshold or a roofed or MLB game changes nothing at all.
 */
function weatherEffect(sport: SimSport, weather: GameWeather | undefined): string {
  return Object.keys(DEFAULT_PROFILES[sport]).map((group) => Math.round(weatherFactor(sport, group, weather) * 200)).join(',');
}

function later(a: Date | null, b: Date): Date {
  return a === null || b > a ? b : a;
}

/**
 * When the sim's weather input for these games last changed, or null if it never did: walking each game's
 * forecasts in fetch order, the fetch time of every forecast whose effect differs from the one before it (no
 * forecast at all has no effect). A refresh bringing the same forecast again stays in the history but is no
 * input change, so it starts no re-run. Only games with a forecast fetched after `since` (the last run) are
 * walked: the others cannot have changed since, which keeps the 10-minute check cheap.
 */
export async function weatherInputChangedAt(db: Db, sport: SimSport, gameIds: readonly number[], since: Date | null): Promise<Date | null> {
  const touched = since === null ? [...gameIds] : (await db.weatherForecast.findMany({
    where: { gameId: { in: [...gameIds] }, fetchedAt: { gt: since } }, distinct: ['gameId'], select: { gameId: true },
  })).map((f) => f.gameId);
  if (touched.length === 0) return null;
  const forecasts = await db.weatherForecast.findMany({
    where: { gameId: { in: touched } },
    orderBy: [{ gameId: 'asc' }, { fetchedAt: 'asc' }, { id: 'asc' }],
    select: { gameId: true, fetchedAt: true, ...FORECAST_WEATHER_SELECT },
  });
  const none = weatherEffect(sport, undefined);
  const previous = new Map<number, string>();
  let changedAt: Date | null = null;
  for (const f of forecasts) {
    const effect = weatherEffect(sport, weatherFromForecast(f));
    if (effect !== (previous.get(f.gameId) ?? none)) changedAt = later(changedAt, f.fetchedAt);
    previous.set(f.gameId, effect);
  }
  return changedAt;
}

/**
 * When the sim's injury input for these players last changed, or null: the sim plays each player with the
 * probability of his newest report by report time (any source, else the site status), so walking reports in
 * capture order, a change is a capture after which that probability differs. A note rewritten (ESPN updates
 * its blurb daily) or a second source repeating the status is none. As for weather, only players with a
 * report captured after `since` are walked.
 */
export async function injuryInputChangedAt(db: Db, players: readonly { playerId: number; siteStatus: string | null }[], since: Date | null): Promise<Date | null> {
  const all = [...new Set(players.map((p) => p.playerId))];
  const touched = since === null ? all : (await db.injuryReport.findMany({
    where: { playerId: { in: all }, capturedAt: { gt: since } }, distinct: ['playerId'], select: { playerId: true },
  })).flatMap((r) => (r.playerId === null ? [] : [r.playerId]));
  if (touched.length === 0) return null;
  const reports = await db.injuryReport.findMany({
    where: { playerId: { in: touched } },
    orderBy: [{ capturedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, playerId: true, status: true, reportedAt: true, capturedAt: true },
  });
  const current = new Map<number, { id: number; reportedAt: Date; probability: number }>();
  const siteStatus = new Map(players.map((p) => [p.playerId, p.siteStatus]));
  let changedAt: Date | null = null;
  for (const r of reports) {
    if (r.playerId === null) continue;
    const newest = current.get(r.playerId);
    // An older statement arriving late does not replace the newest one, so it changes nothing.
    if (newest && (r.reportedAt < newest.reportedAt || (r.reportedAt.getTime() === newest.reportedAt.getTime() && r.id < newest.id))) continue;
    const before = newest?.probability ?? playProbabilityFor(siteStatus.get(r.playerId) ?? null);
    const probability = playProbabilityFor(r.status);
    if (probability !== before) changedAt = later(changedAt, r.capturedAt);
    current.set(r.playerId, { id: r.id, reportedAt: r.reportedAt, probability });
  }
  return changedAt;
}
